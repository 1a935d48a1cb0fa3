import type { Command } from 'commander';
import { registerPolicy } from './policy.js';

/** Commands contributed by modules; each registers its own subcommand. */
export async function registerExtraCommands(program: Command): Promise<void> {
  registerPolicy(program);
}
