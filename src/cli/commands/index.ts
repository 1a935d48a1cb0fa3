import type { Command } from 'commander';

/** Commands contributed by modules; each registers its own subcommand. */
export async function registerExtraCommands(_program: Command): Promise<void> {}
