import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import type { Database, Db } from '../platform/db/index.js';
import type { Caller } from '../platform/auth/caller.js';
import { recordAudit } from '../platform/audit/index.js';
import { fail, ok, problems, type Problem, type Result } from '../platform/http/problems.js';
import { mayAdminister, organizationEnrollments, organizations, sites, staff, staffCredentials, teamFidelity, teams } from '../network/index.js';
import { assignCareManagers, eligibilitySpans, members, programEnrollments } from '../members/index.js';
import { planLines, recoveryPlans } from '../plans/index.js';
import { authorizations } from '../um/index.js';
import type { ImportBundle } from './bundle-schema.js';
import { importProblem } from './import-problem.js';
import { bundleRows } from './bundle-rows.js';
import { checkAgainstPolicy, type KnownIds } from './check-references.js';
import { checkBundleIntegrity } from './check-bundle-integrity.js';
import { resolveBundle } from './resolve-bundle.js';
import { chunk, replaceChildRows, upsertRows } from './write-in-chunks.js';

export type ImportedFile = 'organizations' | 'sites' | 'teams' | 'staff' | 'members' | 'plans' | 'authorizations';
export type ImportCounts = Record<ImportedFile, { created: number; updated: number }>;
export interface ImportSummary { importId: string; counts: ImportCounts }

export interface ImportOptions {
  /** The calendar date care manager changes are dated by; defaults to the server's today. */
  today?: string;
  /** Reports the database phase: records written so far of the total. */
  onProgress?: (done: number, total: number) => void;
}

const FILES: ImportedFile[] = ['organizations', 'sites', 'teams', 'staff', 'members', 'plans', 'authorizations'];

/**
 * Loads a validated bundle all or nothing, in one transaction: records are matched by ref (a re-import updates,
 * never duplicates), refs become ids, rows are written in multi-row statements, and the import is audited once
 * (counts only) plus once per member touched. State and ASO staff (and the system) only. With `known`, every
 * program, service, provider type and fidelity level id is checked against the policy first.
 */
export async function importBundle(target: Database | Db, caller: Caller, bundle: ImportBundle, known?: KnownIds, options: ImportOptions = {}): Promise<Result<ImportSummary>> {
  if (!mayAdminister(caller)) return fail(problems.forbidden('Only state and ASO staff import data.'));
  const db = 'kind' in target && 'exec' in target ? target.db : target;
  const before = [...checkBundleIntegrity(bundle), ...(known ? checkAgainstPolicy(bundle, known) : [])];
  if (before.length) return fail(importProblem(before));
  const today = options.today ?? Temporal.Now.plainDateISO().toString();
  try {
    return await db.transaction(async (tx) => {
      // One import at a time: refs are resolved and then written, so two concurrent imports could both create one ref.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('openhcbs:import'))`);
      const { errors, resolution } = await resolveBundle(tx, bundle);
      if (errors.length) return fail(importProblem(errors));
      const rows = bundleRows(bundle, resolution);
      const existed = (ids: (string | undefined)[]) => ids.filter((id): id is string => !!id && resolution.existing.has(id));

      const total = FILES.reduce((n, f) => n + bundle[f].length, 0);
      let done = 0;
      const advance = (n: number) => { done += n; options.onProgress?.(done, total); };
      options.onProgress?.(0, total);

      await upsertRows(tx, organizations, rows.organizations, advance);
      await replaceChildRows(tx, organizationEnrollments, organizationEnrollments.organizationId, existed(rows.organizations.map((r) => r.id)), rows.organizationEnrollments);
      await upsertRows(tx, sites, rows.sites, advance);
      await upsertRows(tx, teams, rows.teams, advance);
      await replaceChildRows(tx, teamFidelity, teamFidelity.teamId, existed(rows.teams.map((r) => r.id)), rows.teamFidelity);
      await upsertRows(tx, staff, rows.staff, advance);
      await replaceChildRows(tx, staffCredentials, staffCredentials.staffId, existed(rows.staff.map((r) => r.id)), rows.staffCredentials);
      await upsertRows(tx, members, rows.members, advance);
      const updatedMembers = existed(rows.members.map((r) => r.id));
      await replaceChildRows(tx, eligibilitySpans, eligibilitySpans.memberId, updatedMembers, rows.eligibilitySpans);
      await replaceChildRows(tx, programEnrollments, programEnrollments.memberId, updatedMembers, rows.programEnrollments);
      for (const part of chunk(rows.careManagers, 5_000)) await assignCareManagers(tx, part, today);
      await upsertRows(tx, recoveryPlans, rows.recoveryPlans, advance);
      await replaceChildRows(tx, planLines, planLines.planId, existed(rows.recoveryPlans.map((r) => r.id)), rows.planLines);
      await upsertRows(tx, authorizations, rows.authorizations, advance);

      const ids: Record<ImportedFile, (string | undefined)[]> = {
        organizations: rows.organizations.map((r) => r.id), sites: rows.sites.map((r) => r.id), teams: rows.teams.map((r) => r.id),
        staff: rows.staff.map((r) => r.id), members: rows.members.map((r) => r.id), plans: rows.recoveryPlans.map((r) => r.id),
        authorizations: rows.authorizations.map((r) => r.id),
      };
      const counts = Object.fromEntries(FILES.map((f) => {
        const updated = existed(ids[f]).length;
        return [f, { created: ids[f].length - updated, updated }];
      })) as ImportCounts;

      const importId = randomUUID();
      await recordAudit(tx, caller, { action: 'import', entity: 'import', entityId: importId, detail: { counts } });
      // Every member whose data the import wrote gets its own event, so the member's history shows it.
      const touched = [...new Set([...rows.members.map((r) => r.id), ...rows.recoveryPlans.map((r) => r.memberId), ...rows.authorizations.map((r) => r.memberId)])];
      for (const part of chunk(touched, 2_000)) {
        await recordAudit(tx, caller, part.map((memberId) => ({ action: 'import' as const, entity: 'member', entityId: memberId, memberId, detail: { importId } })));
      }
      return ok({ importId, counts });
    });
  } catch (err) {
    const refusal = constraintRefusal(err);
    if (refusal) return fail(refusal);
    throw err;
  }
}

/**
 * The database's integrity checks are the last line (a Medicaid id swapped between two members, a race with a
 * direct edit). Their refusal rolls everything back and is reported by constraint name only: the driver's
 * message and parameters carry member data.
 */
function constraintRefusal(err: unknown): Problem | null {
  const cause = (err as { cause?: unknown })?.cause ?? err;
  const { code, constraint, table } = (cause ?? {}) as { code?: string; constraint?: string; table?: string };
  if (typeof code !== 'string' || !code.startsWith('23')) return null;
  return problems.conflict(`The database refused the import (${constraint ?? `integrity rule ${code}`}${table ? ` on ${table}` : ''}); nothing was written.`);
}
