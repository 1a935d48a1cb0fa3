import type { Catalog } from '../../catalog/index.js';
import { additionalPerDiemsOf, isMonthlyPerDiemCap, type AdditionalPerDiemRule } from './additional-per-diem.js';
import { centsOf } from './cents.js';
import { baseAmount, limitUses, type LimitUse } from './limit-scope.js';
import { placeOfService } from './place-of-service.js';
import type { ClaimLine, LineStatus, MemberContext } from './types.js';

/** A line of the member on one day, from history or from earlier in this batch (duplicates, daily rules). */
export interface DayEntry {
  lineId: string;
  claimId: string;
  organizationId: string | null;
  renderingStaffId: string | null;
  codeId: string | null;
  service: string | null;
  code: string;
  modifiersKey: string;
  units: number;
  paidUnits: number;
  status: LineStatus;
  startTime: string | null;
  endTime: string | null;
}

/** A contact with the member on a day (any line with minutes), for per-diem contact rules. */
export interface Contact { lineId: string; organizationId: string | null; minutes: number; groupSize: number | null }

/** Modifiers as a set key: billed order does not matter. */
export const modifiersKey = (modifiers: readonly string[]) => (modifiers.length < 2 ? modifiers.join(',') : [...modifiers].sort().join(','));

/**
 * The batch's running accumulators, in memory: lines by day, contacts by day, limit totals by period and
 * authorization units used. Seeded from history once; later lines of the batch see what earlier lines took.
 */
export class RunningTotals {
  private readonly days = new Map<string, DayEntry[]>();
  private readonly contacts = new Map<string, Contact[]>();
  private readonly limits = new Map<string, number>();
  private readonly countedDays = new Set<string>();
  private readonly authorizations = new Map<string, number>();
  /** Paid history lines that were extra per diems, by month and fidelity variant (additional-per-diem.ts). */
  private readonly extraPerDiems = new Map<string, Set<string>>();

  constructor(private readonly catalog: Catalog, private readonly context: MemberContext, lines: readonly ClaimLine[]) {
    for (const p of context.history) {
      if (p.status !== 'denied') {
        this.push(this.days, p.serviceDate, {
          lineId: p.lineId, claimId: p.claimId, organizationId: p.billingOrganizationId, renderingStaffId: p.renderingStaffId,
          codeId: p.codeId, service: p.service, code: p.code, modifiersKey: modifiersKey(p.modifiers), units: p.units,
          paidUnits: p.paidUnits, status: p.status, startTime: p.startTime ?? null, endTime: p.endTime ?? null,
        });
      }
      if (p.minutes !== null) this.push(this.contacts, p.serviceDate, { lineId: p.lineId, organizationId: p.billingOrganizationId, minutes: p.minutes, groupSize: p.groupSize ?? null });
    }
    for (const l of lines) {
      if (l.minutes !== null) this.push(this.contacts, l.serviceDate, { lineId: l.lineId, organizationId: l.billingOrganizationId, minutes: l.minutes, groupSize: l.groupSize });
    }
  }

  /** Lines of the member on a date that were not denied (history and this batch so far). */
  onDay(date: string): readonly DayEntry[] { return this.days.get(date) ?? EMPTY; }
  /** Timed contacts of the member on a date (history and every line of this batch). */
  contactsOn(date: string): readonly Contact[] { return this.contacts.get(date) ?? EMPTY; }

  /** Amount already used of a limit accumulator (base units), seeded from paid history on first use. */
  limitUsed(use: LimitUse): number {
    let total = this.limits.get(use.key);
    if (total === undefined) this.limits.set(use.key, (total = this.seed(use)));
    return total;
  }
  /**
   * Extra per diems of an additional-per-diem rule already used in the month: the history's (replayed with the
   * caps of the fidelity variant) plus this batch's. Seeds the allowance accumulator on first use.
   */
  additionalPerDiemsUsed(allowance: LimitUse, rule: AdditionalPerDiemRule, fidelityLevel: string | null): number {
    let total = this.limits.get(allowance.key);
    if (total === undefined) {
      total = 0;
      const extra = this.extraPerDiemLines(allowance.period, fidelityLevel);
      for (const p of this.context.history) if (extra.has(p.lineId) && p.codeId && rule.codes.includes(p.codeId)) total += 1;
      // The stored allowance accumulator is the ledger's count; the replay above also marks which lines were extra.
      const stored = this.context.limitTotals;
      if (stored) total = stored.get(allowance.key) ?? 0;
      this.limits.set(allowance.key, total);
    }
    return total;
  }

  /** Whether a day already counted toward a per-day-counted limit. */
  dayCounted(use: LimitUse, date: string): boolean { this.limitUsed(use); return this.countedDays.has(`${use.key}|${date}`); }

  /** Units of an authorization used in this batch so far (the pipeline's `unitsUsed` covers earlier batches). */
  authorizationUsed(id: string): number { return this.authorizations.get(id) ?? 0; }

  /** Records a decided line: it joins its day and, when paid, adds to limits and authorizations. */
  record(entry: DayEntry, date: string, limitAmounts: ReadonlyArray<{ use: LimitUse; base: number }>, authorizations: ReadonlyArray<{ id: string; units: number }>): void {
    if (entry.status !== 'denied') this.push(this.days, date, entry);
    for (const { use, base } of limitAmounts) {
      if (use.perUnit === 0) this.countedDays.add(`${use.key}|${date}`);
      this.limits.set(use.key, this.limitUsed(use) + base);
    }
    for (const a of authorizations) this.authorizations.set(a.id, this.authorizationUsed(a.id) + a.units);
  }

  private seed(use: LimitUse): number {
    let total = 0;
    const covered = use.limit;
    // An extra per diem counts toward no monthly per-diem cap (rules.yaml additional-per-diem countsTowardCap: false).
    const skipExtra = isMonthlyPerDiemCap(covered) && this.extraPerDiemRules().length > 0;
    for (const p of this.context.history) {
      if ((p.status !== 'paid' && p.status !== 'reduced') || !p.codeId) continue;
      if (!this.catalog.limitsFor(p.codeId, p.serviceDate).includes(covered)) continue;
      if (skipExtra && this.extraPerDiemLines(p.serviceDate.slice(0, 7), covered.fidelityLevel ?? null).has(p.lineId)) continue;
      const facts = {
        codeId: p.codeId, serviceDate: p.serviceDate, organizationId: p.billingOrganizationId, teamId: p.teamId ?? null,
        setting: p.placeOfService ? placeOfService(p.placeOfService).setting : null, fidelityLevel: covered.fidelityLevel ?? null,
      };
      const [prior] = limitUses(this.catalog, facts, this.catalog.unitOf(p.codeId), [covered], this.context.member, this.context.authorizations);
      if (!prior || prior.key !== use.key) continue;
      if (use.basis === 'money') total += centsOf(p.paidAmount);
      else if (use.basis === 'span') continue;
      else if (use.perUnit === 0) {
        const day = `${use.key}|${p.serviceDate}`;
        if (!this.countedDays.has(day)) { this.countedDays.add(day); total += 1; }
      } else total += p.paidUnits * prior.perUnit;
    }
    // Stored accumulators are the ledger's totals for the whole period; the replay above (over a history that may
    // cover only the batch's months) still marks the days already counted.
    const stored = this.context.limitTotals;
    if (stored && use.basis !== 'span') return baseAmount(use, stored.get(use.key) ?? 0);
    return total;
  }

  private extraPerDiemRules(): readonly AdditionalPerDiemRule[] {
    let rules = extraPerDiemRulesOf.get(this.catalog);
    if (!rules) extraPerDiemRulesOf.set(this.catalog, (rules = this.catalog.pack.rules.filter((r): r is AdditionalPerDiemRule => r.kind === 'additional-per-diem' && !r.countsTowardCap)));
    return rules;
  }

  private extraPerDiemLines(month: string, fidelityLevel: string | null): Set<string> {
    const key = `${month}|${fidelityLevel ?? ''}`;
    let lines = this.extraPerDiems.get(key);
    if (!lines) this.extraPerDiems.set(key, (lines = additionalPerDiemsOf(this.catalog, this.extraPerDiemRules(), month, fidelityLevel, this.context)));
    return lines;
  }

  private push<T>(map: Map<string, T[]>, key: string, value: T): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
}

const EMPTY: readonly never[] = Object.freeze([]);
/** Additional-per-diem rules outside the caps, per catalog (the pack is frozen). */
const extraPerDiemRulesOf = new WeakMap<Catalog, readonly AdditionalPerDiemRule[]>();
