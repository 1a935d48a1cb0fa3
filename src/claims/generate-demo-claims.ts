import { sql } from 'drizzle-orm';
import type { Catalogs } from '../catalog/index.js';
import type { Db } from '../platform/db/index.js';
import { seededRandom } from '../data-import/seeded-random.js';
import { rowsOf } from './rows-of.js';
import type { ClaimLineSubmission, ClaimSubmission } from './submission.js';

export interface DemoClaimOptions {
  program: string;
  /** Claims to make (at most one per active Recovery Plan line with a billing code). */
  count: number;
  seed: number;
  /** The last service day (claims are received the week after). */
  asOf: string;
}

const DAY = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/**
 * Demo claims from the members' active Recovery Plan lines, deterministic for a database and seed: billed by the
 * planned organization with one of its staff rendering, on days in the plan span. About one in six carries a
 * reason to deny — an unknown Medicaid id, a day before the plan, too few minutes for the units, an exact repeat —
 * so the demo shows denials with their reasons.
 */
export async function generateDemoClaims(db: Db, catalogs: Catalogs, opts: DemoClaimOptions): Promise<ClaimSubmission[]> {
  const catalog = catalogs.get(opts.program);
  if (!catalog) throw new Error(`Unknown program ${opts.program}`);
  const rows = rowsOf(await db.execute(sql`select pl.id, m.medicaid_id, pl.code, pl.from_date::text, coalesce(pl.to_date, ${opts.asOf}::date)::text as to_date, o.npi,
      (select s.npi from staff s where s.organization_id = o.id and s.npi is not null order by s.npi limit 1) as staff_npi
    from plan_lines pl join members m on m.id = pl.member_id join organizations o on o.id = pl.organization_id
    where pl.status = 'active' and pl.code is not null and pl.from_date <= ${opts.asOf}::date
    order by m.medicaid_id, pl.service, pl.from_date, pl.code, o.npi limit ${opts.count}`));
  const rng = seededRandom(opts.seed);
  const claims: ClaimSubmission[] = [];
  for (const [i, r] of rows.entries()) {
    const code = catalog.code(r.code) ?? catalog.codesFor(r.code)[0];
    if (!code) continue;
    const unit = catalog.unitOf(code.id);
    const last = r.to_date < opts.asOf ? r.to_date : opts.asOf;
    const span = Math.max(0, Math.round((Date.parse(last) - Date.parse(r.from_date)) / DAY));
    const flaw = rng.weighted({ none: 84, 'unknown-member': 4, 'before-plan': 4, 'short-minutes': 4, repeat: 4 });
    const lines: ClaimLineSubmission[] = [];
    const n = rng.int(1, 3);
    for (let k = 0; k < n; k++) {
      const day = flaw === 'before-plan' ? addDays(r.from_date, -30 - k) : addDays(r.from_date, rng.int(0, span));
      const timed = unit.kind === 'timed';
      const quantity = timed ? rng.int(1, 4) : 1;
      const minutes = timed ? (flaw === 'short-minutes' ? 5 : quantity * unit.minutes) : rng.int(30, 90);
      lines.push({
        lineNumber: k + 1, serviceDate: day, code: code.code, modifiers: [...code.modifiers], quantity, quantityBasis: 'UN', minutes,
        placeOfService: '11', chargeAmount: (quantity * 25).toFixed(2), ...(r.staff_npi ? { renderingNpi: r.staff_npi } : {}),
      });
    }
    const claim: ClaimSubmission = {
      program: opts.program, submissionKey: `demo-${opts.seed}-${i + 1}`, patientControlNumber: `DEMO${String(i + 1).padStart(6, '0')}`, frequency: '1',
      billingProvider: { npi: r.npi }, member: { medicaidId: flaw === 'unknown-member' ? `ZZ${String(i).padStart(8, '0')}` : r.medicaid_id },
      totalCharge: lines.reduce((s, l) => s + Number(l.chargeAmount), 0).toFixed(2), receivedOn: addDays(opts.asOf, 7), lines,
    };
    claims.push(claim);
    if (flaw === 'repeat') claims.push({ ...claim, submissionKey: `${claim.submissionKey}-again`, patientControlNumber: `${claim.patientControlNumber}R` });
  }
  return claims;
}
