import { epochDay } from './epoch-day.js';
import { generateMember, type MemberSlice } from './generate-member.js';
import { createProgramNetwork, type NetworkRecords } from './program-network.js';
import { defaultDemoPackDir, loadProgramProfile } from './read-demo-profile.js';
import { seededRandom } from './seeded-random.js';

export interface GenerateOptions {
  /** How many members: 10 to 1,000,000. */
  members: number;
  seed: number;
  /** Policy pack whose demo profile, provider types, program id and team size bands the data follows (default: the repo's first pack with a demo profile). */
  packDir?: string;
  /** The day the data describes (YYYY-MM-DD): "new" teams, expiring credentials and current authorizations are relative to it. */
  asOf?: string;
}

export interface ProgramStream {
  /** Members in order, each with their Recovery Plans and authorizations. */
  members(): Generator<MemberSlice>;
  /** The provider network; complete once `members()` is exhausted, because teams and care managers grow with caseloads. */
  network(): NetworkRecords;
}

/** The repository's first pack with a demo profile (`policy/<program>/demo/profile.yaml`). */
export const defaultPackDir = defaultDemoPackDir() ?? 'policy';
export const defaultAsOf = '2025-06-30';

/**
 * A generated program one member at a time, so a million members can be written to disk without holding them all:
 * only the network (a few thousand agencies, teams and staff) stays in memory. Same options, same records.
 */
export function streamProgram(options: GenerateOptions): ProgramStream {
  const { members, seed } = options;
  if (!Number.isInteger(members) || members < 1 || members > 10_000_000) throw new Error(`members must be a whole number from 1 to 10,000,000, got ${members}`);
  if (!Number.isInteger(seed)) throw new Error(`seed must be a whole number, got ${seed}`);
  const asOfText = options.asOf ?? defaultAsOf;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOfText)) throw new Error(`asOf must be a date YYYY-MM-DD, got "${asOfText}"`);
  const profile = loadProgramProfile(options.packDir ?? defaultPackDir);
  const asOf = epochDay(asOfText);
  // Separate streams for the network and the members, so a change in one does not reshuffle the other.
  const network = createProgramNetwork(profile, members, asOf, seededRandom(seed));
  const memberRng = seededRandom(seed ^ 0x5bd1e995);
  const context = {
    profile, network, asOf, width: Math.max(6, String(members).length),
    idOffset: 1_000_000_000 + memberRng.int(0, 8_000_000_000),
  };
  let started = false;
  return {
    *members() {
      if (started) throw new Error('members() can be iterated once');
      started = true;
      for (let i = 0; i < members; i++) yield generateMember(memberRng, i, context);
    },
    network: () => network.records,
  };
}
