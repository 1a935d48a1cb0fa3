import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ProgramProfile } from './program-profile.js';
import { readPackProfile } from './read-pack-profile.js';

/** Where a pack keeps its demo profile: a sub-folder the pack loader does not read, so it is never mistaken for policy. */
export const DEMO_PROFILE = join('demo', 'profile.yaml');

const policyRoot = fileURLToPath(new URL('../../policy', import.meta.url));

/** The repository's first pack (by folder name) that has a demo profile: the generator's default pack. */
export function defaultDemoPackDir(root = policyRoot): string | undefined {
  if (!existsSync(root)) return undefined;
  const folders = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const found = folders.find((name) => existsSync(join(root, name, DEMO_PROFILE)));
  return found === undefined ? undefined : join(root, found);
}

/** A pack's demo profile, validated; undefined when the pack has none. A malformed profile stops generation loudly. */
export function readDemoProfile(packDir: string): ProgramProfile | undefined {
  const file = join(packDir, DEMO_PROFILE);
  if (!existsSync(file)) return undefined;
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: cannot read the demo profile (${(err as Error).message})`);
  }
  const parsed = ProgramProfile.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`${file}: not a valid demo profile (${issues})`);
  }
  return parsed.data;
}

/**
 * The profile to generate `packDir`'s program from: its own demo profile, or else the default pack's (a pack
 * without one still gets a plausible place and caseload), overlaid with what the pack itself states.
 */
export function loadProgramProfile(packDir: string): ProgramProfile {
  const fallbackDir = defaultDemoPackDir();
  const base = readDemoProfile(packDir) ?? (fallbackDir ? readDemoProfile(fallbackDir) : undefined);
  if (!base) throw new Error(`${packDir}: no ${DEMO_PROFILE} here or in any pack under ${policyRoot}, so there is nothing to imitate`);
  return readPackProfile(packDir, base);
}
