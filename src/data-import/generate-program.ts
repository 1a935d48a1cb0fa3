import type { ImportBundle } from './bundle-schema.js';
import { streamProgram, type GenerateOptions } from './stream-program.js';

export type { GenerateOptions } from './stream-program.js';

/**
 * A realistic, deterministic program to import: agencies of every provider type in the pack across the counties,
 * ACT/ICM teams of both sizes and stages with fidelity histories and staff, care managers, members with
 * eligibility, enrollments, Recovery Plans and authorizations. Same options → byte-identical JSON.
 * For very large programs prefer `writeProgram`, which streams members to disk.
 */
export function generateProgram(options: GenerateOptions): ImportBundle {
  const stream = streamProgram(options);
  const members: ImportBundle['members'] = [], plans: ImportBundle['plans'] = [], authorizations: ImportBundle['authorizations'] = [];
  for (const slice of stream.members()) {
    members.push(slice.member);
    for (const plan of slice.plans) plans.push(plan);
    for (const authorization of slice.authorizations) authorizations.push(authorization);
  }
  const { organizations, sites, teams, staff } = stream.network();
  return { organizations, sites, teams, staff, members, plans, authorizations };
}
