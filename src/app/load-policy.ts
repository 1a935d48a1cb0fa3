import { Temporal } from 'temporal-polyfill';
import { buildCatalogs, formatPackIssue, loadPacks, type Catalogs } from '../catalog/index.js';
import type { KnownIds } from '../data-import/check-references.js';
import type { TeamStageMonths } from '../network/team-stage.js';

/** What the other modules take from the loaded policy packs. */
export interface Policy {
  catalogs: Catalogs;
  /** Ids an import may use (programs, services, provider types, team programs, fidelity levels) across all packs. */
  known: KnownIds;
  teamStageMonths: TeamStageMonths;
  /** The program a claim or demo is for when none is named: the first pack that publishes rates (a certification-only pack cannot price claims). */
  defaultProgram: string | undefined;
  /** Today's date in the (first) program's time zone: decision clocks and team stages count calendar days there. */
  today: () => string;
}

/** Loads every pack under the policy folder; a pack that does not validate stops start-up with its errors. */
export async function loadPolicy(policyDir: string): Promise<Policy> {
  const loaded = await loadPacks(policyDir);
  if (!loaded.ok) {
    throw new Error(`Policy packs in ${policyDir} do not load:\n${loaded.problem.issues.map((i) => `  ${formatPackIssue(i)}`).join('\n')}`);
  }
  const catalogs = buildCatalogs(loaded.value);
  const all = catalogs.list();
  const known: KnownIds = {
    programs: all.map((c) => c.program),
    services: all.flatMap((c) => c.pack.services.map((s) => s.id)),
    providerTypes: all.flatMap((c) => c.pack.providerTypes.map((p) => p.id)),
    teamPrograms: all.flatMap((c) => c.manifest.programs.map((p) => p.id)),
    fidelityLevels: all.flatMap((c) => c.pack.fidelity.flatMap((f) => f.levels.map((l) => l.id))),
    limits: all.flatMap((c) => c.pack.limits.map((l) => l.id)),
  };
  const stageMonths = new Map<string, number>();
  for (const c of all) for (const r of c.rulesOfKind('team-stage')) if (!stageMonths.has(r.program)) stageMonths.set(r.program, r.newForMonths);
  const timezone = all[0]?.manifest.timezone ?? 'UTC';
  return {
    catalogs, known,
    defaultProgram: (all.find((c) => c.manifest.rates === 'published') ?? all[0])?.program,
    teamStageMonths: (program) => stageMonths.get(program),
    today: () => Temporal.Now.plainDateISO(timezone).toString(),
  };
}
