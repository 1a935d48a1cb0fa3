// Worker entry: registers tsx (as bin/openhcbs.mjs does) so the TypeScript worker loads without a build step.
import { register } from 'tsx/esm/api';

register();
await import('./engine-worker.ts');
