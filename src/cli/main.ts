import { Command } from 'commander';
import { registerServe } from './commands/serve.js';
import { registerMigrate } from './commands/migrate.js';
import { registerExtraCommands } from './commands/index.js';

/** `openhcbs`: every operational job of the product, each with --help. */
const program = new Command('openhcbs')
  .description('OpenHCBS: administration of state behavioral-health HCBS programs.\nPolicy packs, network, members, utilization management and claims.')
  .showHelpAfterError('(run with --help for usage)')
  .configureHelp({ sortSubcommands: true });

registerServe(program);
registerMigrate(program);
await registerExtraCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  console.error(`openhcbs: ${(err as Error).message}`);
  process.exit(1);
}
