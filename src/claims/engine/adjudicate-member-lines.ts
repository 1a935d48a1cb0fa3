import type { Catalog } from '../../catalog/index.js';
import { EDITS } from '../edits/index.js';
import { priceLine } from '../pricing/price-line.js';
import type { AdjudicatedLine, Edit, EditContext } from './edit.js';
import { centsOf, dollarsOf } from './cents.js';
import { measureAmount } from './limit-scope.js';
import { resolveLine } from './resolve-line.js';
import { modifiersKey, RunningTotals } from './running-totals.js';
import type { ClaimLine, Consumption, Finding, LineOutcome, LineStatus, MemberContext, TraceStep } from './types.js';

const NO_FINDINGS: Finding[] = Object.freeze([]) as unknown as Finding[];
// Trace steps without findings are the same for every line: shared and frozen, so a line allocates only what it found.
const steps = new WeakMap<Edit, { skipped: TraceStep; passed: TraceStep }>();
function stepsOf(edit: Edit) {
  let s = steps.get(edit);
  if (!s) steps.set(edit, (s = { skipped: Object.freeze({ edit: edit.id, applied: false, findings: NO_FINDINGS }), passed: Object.freeze({ edit: edit.id, applied: true, findings: NO_FINDINGS }) }));
  return s;
}
const PRICE_SKIPPED: TraceStep = Object.freeze({ edit: 'price-line', applied: false, findings: NO_FINDINGS });
const PRICE_PASSED: TraceStep = Object.freeze({ edit: 'price-line', applied: true, findings: NO_FINDINGS });
const ZERO = '0.00';

/**
 * Adjudicates one member's lines: in service-date then line-number order, each line through every edit in order
 * (later lines see earlier ones through the running totals), then pricing, then the decision — any deny: denied;
 * any pend: pended; reductions: reduced to the payable units; else paid. Pure: proposes consumption, writes nothing.
 */
export function adjudicateMemberLines(catalog: Catalog, lines: readonly ClaimLine[], context: MemberContext, edits: readonly Edit[] = EDITS): LineOutcome[] {
  // Positions in date order; outcomes go back to the caller's positions (no per-line id hashing).
  const order = lines.map((_, i) => i).sort((x, y) => {
    const a = lines[x]!, b = lines[y]!;
    return a.serviceDate < b.serviceDate ? -1 : a.serviceDate > b.serviceDate ? 1 : a.lineNumber - b.lineNumber;
  });
  const running = new RunningTotals(catalog, context, order.map((i) => lines[i]!));
  const done: AdjudicatedLine[] = [];
  const shared = sharedSteps(edits);
  const outcomes = new Array<LineOutcome>(lines.length);
  for (const at of order) {
    const line = lines[at]!;
    const resolved = resolveLine(catalog, line, context);
    const ctx: EditContext = { catalog, member: context, resolved, payableUnits: line.units, sameBatch: done, running, proposal: { authorizationId: null, limits: [], beyond: [] } };
    let findings: Finding[] = NO_FINDINGS; // a line's own list from its first finding on
    const trace: TraceStep[] = new Array(edits.length + 1);
    let denied = false, pended = false, reduced = false;
    for (let i = 0; i < edits.length; i++) {
      const edit = edits[i]!;
      if (!edit.appliesTo(line, ctx)) { trace[i] = shared[i]!.skipped; continue; }
      const found = edit.check(line, ctx) as Finding[];
      for (const f of found) {
        f.edit = edit.id;
        if (findings === NO_FINDINGS) findings = [];
        findings.push(f);
        if (f.outcome === 'deny') denied = true;
        else if (f.outcome === 'pend') pended = true;
        else { reduced = true; ctx.payableUnits = Math.min(ctx.payableUnits, f.payableUnits ?? 0); }
      }
      trace[i] = found.length ? { edit: edit.id, applied: true, findings: found } : shared[i]!.passed;
    }
    let status: LineStatus = denied ? 'denied' : pended ? 'pended' : 'paid';
    if (status === 'paid' && reduced && ctx.payableUnits <= 0) status = 'denied';
    let rateId: string | null = null, allowedAmount = ZERO, paidAmount = ZERO;
    const paidUnits = status === 'paid' ? ctx.payableUnits : 0;
    if (status === 'paid') {
      const priced = priceLine(catalog, line, resolved, context, paidUnits);
      if (priced.ok) {
        ({ rateId, allowedAmount, paidAmount } = priced.value);
        // A dollar limit reduces by amount: pay the lesser of the priced amount and what the limit leaves.
        for (const f of findings) if (f.payableAmount !== undefined && centsOf(f.payableAmount) < centsOf(paidAmount)) paidAmount = f.payableAmount;
        if (reduced || paidUnits < line.units) status = 'reduced';
        trace[edits.length] = PRICE_PASSED;
      } else {
        const finding = { ...priced.finding, edit: 'price-line' } as Finding;
        findings = findings === NO_FINDINGS ? [finding] : [...findings, finding];
        status = finding.outcome === 'pend' ? 'pended' : 'denied';
        trace[edits.length] = { edit: 'price-line', applied: true, findings: [finding] };
      }
    } else trace[edits.length] = PRICE_SKIPPED;

    const paid = status === 'paid' || status === 'reduced';
    const units = paid ? paidUnits : 0;
    // Only a paid line consumes; the others share one frozen empty list of each.
    const consumption: Consumption[] = paid ? [] : NO_CONSUMPTION;
    const limitAmounts: Array<{ use: (typeof ctx.proposal.limits)[number]; base: number }> = paid ? [] : NONE;
    const authorizations: Array<{ id: string; units: number }> = paid ? [] : NONE;
    if (paid) {
      if (ctx.proposal.authorizationId) {
        authorizations.push({ id: ctx.proposal.authorizationId, units });
        consumption.push({ kind: 'authorization', key: ctx.proposal.authorizationId, authorizationId: ctx.proposal.authorizationId, amount: units, measure: 'units' });
      }
      let paidCents = -1; // parsed only for a dollar limit
      for (const b of ctx.proposal.beyond) {
        // Dollar limits: cents past what the limit left, recorded in dollars (the authorization's units).
        const dollars = b.measure === 'dollars';
        if (dollars && paidCents < 0) paidCents = centsOf(paidAmount);
        const used = Math.min(b.units, Math.max(0, (dollars ? paidCents : units) - b.limitRemaining));
        const amount = dollars ? Number(dollarsOf(used)) : used;
        if (used > 0) {
          consumption.push({ kind: 'authorization', key: b.authorizationId, authorizationId: b.authorizationId, amount, measure: dollars ? 'dollars' : 'units' });
          authorizations.push({ id: b.authorizationId, units: amount });
        }
      }
      for (const use of ctx.proposal.limits) {
        if (use.basis === 'span') continue; // months of a stay are read from its span, not accumulated
        if (use.basis === 'money' && paidCents < 0) paidCents = centsOf(paidAmount);
        // A limit records at most what it had left; the excess paid under an authorization beyond it is that
        // authorization's, so the ledger's accumulator never passes its maximum.
        const base = use.perUnit === 0 ? (running.dayCounted(use, line.serviceDate) ? 0 : 1)
          : Math.min(use.basis === 'money' ? paidCents : units * use.perUnit, Math.max(0, use.max - running.limitUsed(use)));
        limitAmounts.push({ use, base });
        if (base > 0) consumption.push({ kind: 'limit', key: use.key, limitId: use.limit.id, period: use.period, amount: measureAmount(use, base), measure: use.limit.measure });
      }
    }
    running.record({
      lineId: line.lineId, claimId: line.claimId, organizationId: line.billingOrganizationId, renderingStaffId: line.renderingStaffId,
      codeId: resolved.codeId, service: resolved.service, code: line.code, modifiersKey: modifiersKey(line.modifiers), units: line.units,
      paidUnits: units, status, startTime: line.startTime ?? null, endTime: line.endTime ?? null,
    }, line.serviceDate, limitAmounts, authorizations);

    const outcome: LineOutcome = {
      lineId: line.lineId, status, codeId: resolved.codeId, service: resolved.service, rateId,
      billedAmount: line.chargeAmount, allowedAmount: paid ? allowedAmount : ZERO, paidAmount: paid ? paidAmount : ZERO,
      paidUnits: units, findings, trace, consumption,
    };
    done.push({ line, resolved, outcome });
    outcomes[at] = outcome;
  }
  return outcomes;
}

const NO_CONSUMPTION: Consumption[] = Object.freeze([]) as unknown as Consumption[];
const NONE: never[] = Object.freeze([]) as unknown as never[];
const stepLists = new WeakMap<readonly Edit[], ReturnType<typeof stepsOf>[]>();
/** The shared trace steps of an edit list, made once per list. */
function sharedSteps(edits: readonly Edit[]) {
  let list = stepLists.get(edits);
  if (!list) stepLists.set(edits, (list = edits.map(stepsOf)));
  return list;
}
