import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Decimal } from 'decimal.js';
import type { Catalogs } from '../catalog/index.js';
import type { Db } from '../platform/db/index.js';
import { seesAllOrganizations, type Caller } from '../platform/auth/caller.js';
import { fail, ok, problems, type FieldError, type Result } from '../platform/http/problems.js';
import type { ClaimLine } from './engine/types.js';
import { ClaimSubmission } from './submission.js';
import { rowsOf } from './rows-of.js';

/** A submission checked and resolved against our records, with ids given, ready for the engine. */
export interface PreparedClaim {
  index: number;
  submission: ClaimSubmission;
  claimId: string;
  memberId: string | null;
  billingOrganizationId: string | null;
  lines: ClaimLine[];
}

/**
 * Validates a batch (field paths `claims.N.…`; any error rejects the whole batch, nothing written) and resolves
 * members by Medicaid id, billing organizations and rendering staff by NPI — three queries for the whole batch.
 * Provider staff may bill only as their own organization.
 */
export async function prepareClaims(db: Db, caller: Caller, catalogs: Catalogs, input: unknown[], today: string): Promise<Result<PreparedClaim[]>> {
  const errors: FieldError[] = [];
  const parsed: ClaimSubmission[] = [];
  input.forEach((raw, i) => {
    const result = ClaimSubmission.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) errors.push({ path: ['claims', i, ...issue.path].join('.'), message: issue.message });
      return;
    }
    const claim = result.data;
    if (!catalogs.get(claim.program)) errors.push({ path: `claims.${i}.program`, message: `Unknown program ${claim.program}` });
    const sum = claim.lines.reduce((s, l) => s.plus(l.chargeAmount), new Decimal(0));
    if (!sum.eq(claim.totalCharge)) errors.push({ path: `claims.${i}.totalCharge`, message: `Total charge ${claim.totalCharge} is not the sum of the lines (${sum.toFixed(2)})` });
    if (claim.frequency !== '1' && !claim.originalClaimId) errors.push({ path: `claims.${i}.originalClaimId`, message: 'A replacement or void names the original claim id' });
    const numbers = new Set<number>();
    claim.lines.forEach((l, j) => {
      if (numbers.has(l.lineNumber)) errors.push({ path: `claims.${i}.lines.${j}.lineNumber`, message: 'Line numbers must be unique in a claim' });
      numbers.add(l.lineNumber);
      if (l.serviceDateTo && l.serviceDateTo < l.serviceDate) errors.push({ path: `claims.${i}.lines.${j}.serviceDateTo`, message: 'Ends before it starts' });
    });
    parsed.push(claim);
  });
  if (errors.length) return fail(problems.validation(errors));

  const npis = [...new Set(parsed.flatMap((c) => [c.billingProvider.npi, ...c.lines.map((l) => l.renderingNpi ?? '')]).filter(Boolean))];
  const medicaidIds = [...new Set(parsed.map((c) => c.member.medicaidId))];
  const orgs = new Map(rowsOf(await db.execute(sql`select id, npi from organizations where npi = any(${sql.param(npis)}::text[]) order by id`)).map((r) => [r.npi as string, r.id as string]));
  const staff = new Map(rowsOf(await db.execute(sql`select id, npi from staff where npi = any(${sql.param(npis)}::text[]) order by id`)).map((r) => [r.npi as string, r.id as string]));
  const members = new Map(rowsOf(await db.execute(sql`select id, medicaid_id from members where medicaid_id = any(${sql.param(medicaidIds)}::text[])`)).map((r) => [r.medicaid_id as string, r.id as string]));

  parsed.forEach((c, i) => {
    const org = orgs.get(c.billingProvider.npi) ?? null;
    if (!seesAllOrganizations(caller) && org !== caller.organizationId) {
      errors.push({ path: `claims.${i}.billingProvider.npi`, message: 'You may submit claims only for your own organization' });
    }
  });
  if (errors.length) return fail(problems.validation(errors));

  return ok(parsed.map((c, index) => {
    const claimId = randomUUID();
    const memberId = members.get(c.member.medicaidId) ?? null;
    const billingOrganizationId = orgs.get(c.billingProvider.npi) ?? null;
    const receivedOn = c.receivedOn ?? today;
    const catalog = catalogs.get(c.program)!;
    const lines: ClaimLine[] = c.lines.map((l) => {
      const { units, minutes } = unitsOf(catalog, l.code, l.modifiers, l.quantity, l.quantityBasis, l.minutes);
      return {
        claimId, lineId: randomUUID(), lineNumber: l.lineNumber, program: c.program, memberId, medicaidId: c.member.medicaidId,
        billingOrganizationId, billingNpi: c.billingProvider.npi, renderingStaffId: l.renderingNpi ? staff.get(l.renderingNpi) ?? null : null,
        renderingNpi: l.renderingNpi ?? null, serviceDate: l.serviceDate, serviceDateTo: l.serviceDateTo ?? null, code: l.code,
        modifiers: l.modifiers, units, minutes, placeOfService: l.placeOfService, chargeAmount: new Decimal(l.chargeAmount).toFixed(2),
        groupSize: l.groupSize ?? null, residents: l.residents ?? null, receivedOn, frequency: c.frequency,
      };
    });
    return { index, submission: { ...c, receivedOn }, claimId, memberId, billingOrganizationId, lines };
  }));
}

/** Minutes billed (basis MJ) become units of the code's timed unit by the pack's minimum-minutes counting. */
function unitsOf(catalog: NonNullable<ReturnType<Catalogs['get']>>, code: string, modifiers: readonly string[], quantity: number, basis: 'UN' | 'MJ', minutes: number | undefined) {
  if (basis === 'UN') return { units: quantity, minutes: minutes ?? null };
  const codeId = (catalog.codesFor(code, modifiers)[0] ?? catalog.codesFor(code)[0])?.id;
  const unit = codeId ? catalog.unitOf(codeId) : undefined;
  if (!unit || unit.kind !== 'timed') return { units: quantity, minutes: minutes ?? quantity };
  const whole = Math.floor(quantity / unit.minutes);
  const units = whole + (quantity % unit.minutes >= unit.minimumToBill ? 1 : 0);
  return { units, minutes: minutes ?? quantity };
}
