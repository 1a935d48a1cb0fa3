import { fileURLToPath } from 'node:url';

/**
 * Where the source documents that packs cite live: `OPENHCBS_SOURCES`, else the `shared/seeds` folder beside
 * the repository. Citations are checked against these files when they are present.
 */
export function defaultSourcesDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.OPENHCBS_SOURCES ?? fileURLToPath(new URL('../../../shared/seeds', import.meta.url));
}
