import type { Command } from 'commander';
import { readConfig } from '../../platform/config.js';
import { loadPolicy } from '../../app/load-policy.js';
import { openConfiguredDatabase } from '../open-configured-database.js';
import { registerPolicy } from './policy.js';
import { registerGenerate } from './generate.js';
import { registerImport } from './import.js';
import { registerClaims } from './claims.js';
import { registerReverifyCommand } from '../../network/certification/register-reverify-command.js';

/** Commands contributed by modules; each registers its own subcommand. */
export async function registerExtraCommands(program: Command): Promise<void> {
  registerPolicy(program);
  registerGenerate(program);
  registerImport(program, openConfiguredDatabase, async () => (await loadPolicy(readConfig().policyDir)).known);
  registerReverifyCommand(program, openConfiguredDatabase, () => loadPolicy(readConfig().policyDir));
  registerClaims(program, openConfiguredDatabase, () => loadPolicy(readConfig().policyDir));
}
