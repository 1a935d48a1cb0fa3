import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { loadPolicy, type Policy } from '../../app/load-policy.js';
import type { Adjudicate } from '../adjudicator.js';
import type { ClaimLine, LineOutcome } from '../engine/types.js';
import type { ClaimSubmission } from '../submission.js';

const policyDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../policy');
let policy: Promise<Policy> | undefined;
/** The real policy packs, loaded once per test file. */
export const testPolicy = () => (policy ??= loadPolicy(policyDir));

export const LIMIT_ID = 'benefits-counseling-20-hours-per-year';

/**
 * A stand-in engine for intake tests (the real one is tested in engine/): pays each line from the first
 * approved authorization with room, counts every paid unit toward LIMIT_ID (max 20) from history and the batch,
 * and denies with the pack's reasons otherwise.
 */
export const stubAdjudicate: Adjudicate = (catalog, lines, context) => {
  const max = Number(catalog.pack.limits.find((l) => l.id === LIMIT_ID)!.max);
  const used = new Map(context.authorizations.map((a) => [a.id, a.unitsUsed]));
  let counted = context.history.filter((h) => h.status === 'paid' || h.status === 'reduced').reduce((s, h) => s + h.paidUnits, 0);
  return lines.map((line): LineOutcome => {
    const auth = context.authorizations.find((a) => a.status === 'approved' && used.get(a.id)! + line.units <= a.units);
    const reason = !context.member ? 'member-not-found' : !auth ? 'authorization-exhausted' : counted + line.units > max ? 'limit-exceeded-calendar-year' : null;
    if (reason || !auth) return outcome(line, 'denied', reason ?? 'authorization-exhausted');
    used.set(auth.id, used.get(auth.id)! + line.units);
    counted += line.units;
    return {
      ...outcome(line, 'paid', null),
      consumption: [
        { kind: 'authorization', key: auth.id, authorizationId: auth.id, amount: line.units, measure: 'units' },
        { kind: 'limit', key: `${LIMIT_ID}:${line.serviceDate.slice(0, 4)}`, limitId: LIMIT_ID, period: line.serviceDate.slice(0, 4), amount: line.units, measure: 'hours' },
      ],
    };
  });
};

function outcome(line: ClaimLine, status: 'paid' | 'denied', reason: string | null): LineOutcome {
  const paid = status === 'paid' ? (line.units * 10).toFixed(2) : '0.00';
  const finding = reason ? [{ edit: 'stub', outcome: 'deny' as const, reason, rule: { id: 'stub-rule', source: null }, saw: { units: line.units } }] : [];
  return {
    lineId: line.lineId, status, codeId: 'H2014-SE', service: 'benefits-counseling', rateId: status === 'paid' ? 'stub-rate' : null,
    billedAmount: line.chargeAmount, allowedAmount: paid, paidAmount: paid, paidUnits: status === 'paid' ? line.units : 0,
    findings: finding, trace: [{ edit: 'stub', applied: true, findings: finding }], consumption: [],
  };
}

export interface Fixture { organizationId: string; otherOrganizationId: string; npi: string; otherNpi: string; memberIds: string[]; medicaidIds: string[]; authorizationIds: string[] }

/** Two organizations, `members` members each with an approved authorization of `units` units with the first. */
export async function seedClaimFixture(db: Db, tag: string, members = 2, units = 20): Promise<Fixture> {
  const org = `org-${tag}`, other = `org-${tag}-b`;
  const npi = `1${String(Math.abs(hash(tag))).padStart(9, '0').slice(0, 9)}`;
  const otherNpi = `2${npi.slice(1)}`;
  await db.execute(sql`insert into organizations (id, ref, name, slug, npi) values
    (${org}, ${org}, 'Claims Test Agency', ${`cta-${tag}`}, ${npi}), (${other}, ${other}, 'Other Agency', ${`oa-${tag}`}, ${otherNpi})`);
  const f: Fixture = { organizationId: org, otherOrganizationId: other, npi, otherNpi, memberIds: [], medicaidIds: [], authorizationIds: [] };
  for (let i = 0; i < members; i++) {
    const id = `m-${tag}-${i}`, medicaid = `${tag.slice(0, 6)}${i}`.toUpperCase(), auth = `a-${tag}-${i}`;
    await db.execute(sql`insert into members (id, ref, medicaid_id, first_name, last_name, birth_date, sex, county)
      values (${id}, ${id}, ${medicaid}, 'Test', 'Member', '1980-01-01', 'U', 'Kent')`);
    await db.execute(sql`insert into program_enrollments (id, member_id, program, organization_id, from_date) values (${`pe-${id}`}, ${id}, 'de-promise', ${org}, '2025-01-01')`);
    await db.execute(sql`insert into authorizations (id, member_id, ref, organization_id, program, service, code, mode, units, from_date, to_date, status)
      values (${auth}, ${id}, ${auth}, ${org}, 'de-promise', 'benefits-counseling', 'H2014', 'prior-authorization', ${units}, '2025-01-01', '2025-12-31', 'approved')`);
    f.memberIds.push(id); f.medicaidIds.push(medicaid); f.authorizationIds.push(auth);
  }
  return f;
}

/** A one-line claim of `units` units of H2014 SE on `day`. */
export function aClaim(f: Fixture, key: string, o: { member?: number; units?: number; day?: string; frequency?: '1' | '7' | '8'; originalClaimId?: string } = {}): ClaimSubmission {
  const units = o.units ?? 5;
  const charge = (units * 12).toFixed(2);
  return {
    program: 'de-promise', submissionKey: key, patientControlNumber: `PCN-${key}`.slice(0, 38), frequency: o.frequency ?? '1',
    originalClaimId: o.originalClaimId, billingProvider: { npi: f.npi }, member: { medicaidId: f.medicaidIds[o.member ?? 0]! },
    totalCharge: charge, receivedOn: '2025-06-30',
    lines: [{ lineNumber: 1, serviceDate: o.day ?? '2025-06-02', code: 'H2014', modifiers: ['SE'], quantity: units, quantityBasis: 'UN', placeOfService: '11', chargeAmount: charge }],
  };
}

function hash(s: string): number {
  let h = 7;
  for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}
