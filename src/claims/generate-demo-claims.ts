import { sql } from 'drizzle-orm';
import type { BillingCode, Catalog, Catalogs } from '../catalog/index.js';
import type { Db } from '../platform/db/index.js';
import { seededRandom, type Random } from '../data-import/seeded-random.js';
import { holdsLevel } from './edits/practitioner-level.js';
import { addDays } from './engine/dates.js';
import { covers } from './engine/resolve-line.js';
import type { StaffFacts } from './engine/types.js';
import { rowsOf } from './rows-of.js';
import type { ClaimLineSubmission, ClaimSubmission } from './submission.js';

/** Cap on demo claims: a 300-member demo bills about 750 in its month. */
export const DEMO_CLAIMS = 5000;

export interface DemoClaimOptions {
  program: string;
  /** Claims to make at most (one per billing provider, member and Recovery Plan line, plus resubmissions). */
  count: number;
  seed: number;
  /** The demo data's "today": claims are received on it for the four weeks of service before it. */
  asOf: string;
}

/**
 * Share of claims drawn for one billing mistake (made only where it fits), so every denial and reduction screen has
 * something to show; a mistake touches a line or two of a month's claim, so about one line in ten ends up denied,
 * reduced or pended (some pends are the engine's own, for rate facts it cannot derive).
 */
const FLAWED_SHARE = 0.5;
/** The mistakes and how often each is drawn (one that does not fit the claim is not made). */
const FLAWS = {
  'short-minutes': 4, 'over-authorization': 3, 'expired-authorization': 3, 'wrong-place': 2, 'over-daily-limit': 2, late: 2,
  'unqualified-level': 2, 'before-plan': 2, duplicate: 2, 'unknown-member': 1,
} as const;
type Flaw = keyof typeof FLAWS;
/** Level modifiers, highest first: a contact is billed at the rendering practitioner's own level. */
const LEVELS = ['AM', 'HP', 'TD', 'HO', 'HN', 'HM'];
const WEEKS = 4;

/** Typed rows of a query result. */
const typedRows = <T>(result: unknown) => rowsOf(result) as T[];

interface LineRow { line_id: string; member_id: string; medicaid_id: string; birth_date: string; plan_status: string; service: string; code: string | null;
  from_date: string; to_date: string | null; frequency: string; amount: string; org_id: string; npi: string }
interface Span { from: string; to: string | null }
interface Authorization extends Span { id: string; organization: string; service: string; code: string | null; left: number }
interface Staff extends StaffFacts { npi: string }
interface World {
  catalog: Catalog;
  eligibility: Map<string, Span[]>;
  enrollments: Map<string, Array<Span & { organization: string; team: string | null }>>;
  authorizations: Map<string, Authorization[]>;
  staffByOrg: Map<string, Staff[]>;
  staffByTeam: Map<string, Staff[]>;
  fidelity: Map<string, Array<Span & { level: string }>>;
  teamProgram: Map<string, string>;
  /** Provider types each organization is enrolled as. */
  orgTypes: Map<string, string[]>;
  /** Per diems billed so far, by limit, member and month (the pack's per-diem caps). */
  perDiems: Map<string, number>;
}
/** One Recovery Plan line billed for the month, with what a mistake needs to know about it. */
interface Billed { claim: ClaimSubmission; row: LineRow; code: BillingCode; auth: Authorization | null; earlier: LineRow | undefined }

/**
 * A month of demo claims from the members' active Recovery Plans, billed the way a careful provider bills:
 * four weeks of service received on `asOf`, only on days the member is eligible, enrolled and covered by the
 * plan line and an approved authorization with units left; the plan's weekly or monthly amount spread over
 * sessions, one per diem a day, a monthly code once, every timed unit backed by its minutes (the 8-minute rule),
 * group codes with their group size, team contacts rendered by a team practitioner at their own level, broker
 * codes left to the broker. Some claims then carry one realistic mistake on a line or two (minutes short for the
 * units, units beyond the authorization or a daily limit, a date outside the authorization or before the plan, an
 * office code billed at home, a contact billed above the practitioner's level, a late claim, a resubmitted
 * duplicate, a mistyped Medicaid id), so about nine lines in ten pay and the rest deny, reduce or pend with their
 * reasons. Deterministic for a database and seed.
 */
export async function generateDemoClaims(db: Db, catalogs: Catalogs, opts: DemoClaimOptions): Promise<ClaimSubmission[]> {
  const catalog = catalogs.get(opts.program);
  if (!catalog) throw new Error(`Unknown program ${opts.program}`);
  const first = addDays(opts.asOf, -7 * WEEKS), last = addDays(opts.asOf, -1);
  const world = await loadWorld(db, catalog, opts.program);
  const rows = typedRows<LineRow>(await db.execute(sql`select pl.id as line_id, m.id as member_id, m.medicaid_id, m.birth_date::text, rp.status as plan_status,
      pl.service, pl.code, pl.from_date::text, pl.to_date::text, pl.frequency, pl.amount::text, o.id as org_id, o.npi
    from plan_lines pl join recovery_plans rp on rp.id = pl.plan_id join members m on m.id = pl.member_id join organizations o on o.id = pl.organization_id
    where rp.program = ${opts.program} and rp.status in ('active', 'superseded') and pl.status = 'active' and pl.from_date <= ${last}::date
    order by m.medicaid_id, pl.service, pl.from_date, pl.code nulls first, o.npi, rp.ref, pl.amount`));
  const earlier = new Map<string, LineRow>();
  for (const r of rows) if (r.plan_status === 'superseded') earlier.set(`${r.member_id}|${r.service}|${r.org_id}`, r);

  const rng = seededRandom(opts.seed);
  const billed: Billed[] = [];
  const busy = new Map<string, Set<string>>(); // member|day → services billed that day
  for (const row of rows) {
    if (billed.length >= opts.count) break;
    if (row.plan_status !== 'active' || (row.to_date !== null && row.to_date < first)) continue;
    const made = billLine(world, rng, row, first, last, busy);
    if (!made) continue;
    const n = billed.length + 1;
    const claim: ClaimSubmission = {
      program: opts.program, submissionKey: `demo-${opts.seed}-${n}`, patientControlNumber: `DEMO${String(n).padStart(6, '0')}`, frequency: '1',
      billingProvider: { npi: row.npi }, member: { medicaidId: row.medicaid_id }, totalCharge: '0.00', receivedOn: opts.asOf, lines: made.lines,
    };
    billed.push({ claim, row, code: made.code, auth: made.auth, earlier: earlier.get(`${row.member_id}|${row.service}|${row.org_id}`) });
  }

  const claims: ClaimSubmission[] = [];
  for (const b of billed) {
    const flaw = rng.chance(FLAWED_SHARE) ? applyFlaw(world, rng, b, opts.asOf) : null;
    b.claim.totalCharge = total(b.claim.lines);
    claims.push(b.claim);
    if (flaw === 'duplicate') claims.push({ ...b.claim, submissionKey: `${b.claim.submissionKey}-again`, patientControlNumber: `${b.claim.patientControlNumber}R` });
  }
  return claims;
}

/** The claim lines a careful provider bills for one plan line over the window, or null when nothing is billable. */
function billLine(w: World, rng: Random, row: LineRow, first: string, last: string, busy: Map<string, Set<string>>):
  { lines: ClaimLineSubmission[]; code: BillingCode; auth: Authorization | null } | null {
  const { catalog } = w;
  const days: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) if (billable(w, row, d)) days.push(d);
  if (days.length === 0) return null;

  // Team services carry no code on the plan: the per diem follows the contact's practitioner.
  const team = teamOf(w, row, days[0]!);
  const planned = row.code ? catalog.code(row.code) : undefined;
  const perDiems = planned ? [] : catalog.codesOf(row.service, days[0]).filter((c) => c.practitionerCategory && catalog.unitOf(c.id).kind === 'day');
  const code = planned ?? perDiems[0];
  if (!code || code.pricing === 'broker' || !inForce(code, days[0]!)) return null;
  if (underAge(catalog, code, row.birth_date, days[0]!)) return null;
  if (perDiems.length > 0 && (!team || !fidelityAllows(w, team, code, days[0]!))) return null;
  if (!providerTypePriced(w, code, row.org_id)) return null;

  const unit = catalog.unitOf(code.id);
  const needsAuth = catalog.authorizationFor(code.id, days[0]).some((a) => a.when === 'always');
  const auths = needsAuth ? (w.authorizations.get(row.member_id) ?? []).filter((a) => a.service === row.service && a.organization === row.org_id
    && (a.code === null || a.code === code.id)) : [];
  if (needsAuth && auths.length === 0) return null;
  const authFor = (day: string, units: number) => auths.find((a) => covers(a, day) && a.left >= units);
  const clashes = sameTimeServices(catalog, row.service, days[0]!);
  const free = days.filter((d) => ![...(busy.get(`${row.member_id}|${d}`) ?? [])].some((s) => clashes.has(s)));
  const mark = (d: string) => { const k = `${row.member_id}|${d}`; (busy.get(k) ?? busy.set(k, new Set()).get(k)!).add(row.service); };

  const amount = Number(row.amount);
  const sessions = planSessions(rng, unit.kind, row.frequency, amount, dailyUnitCap(catalog, code, days[0]!));
  const dates = pickDays(rng, free, sessions.length);
  const lines: ClaimLineSubmission[] = [];
  let usedAuth: Authorization | null = null;
  const pos = placeOfService(code, row.service, catalog);
  const groupSize = groupSizeFor(rng, code);
  const residents = code.dimensions.includes('residents') ? rng.int(3, 8) : undefined;
  const orgStaff = w.staffByOrg.get(row.org_id) ?? [];

  if (unit.kind === 'day' && perDiems.length === 0) {
    // A residential per diem: one line for the longest run of billable days, one unit a day.
    const run = longestRun(days);
    const auth = needsAuth ? authFor(run[0]!, run.length) : null;
    if (needsAuth && !auth) return null;
    if (auth) { auth.left -= run.length; usedAuth = auth; }
    run.forEach(mark);
    lines.push(line(1, run[0]!, code, run.length, undefined, pos, { serviceDateTo: run.at(-1)!, residents }));
  } else {
    for (const [i, units] of sessions.entries()) {
      const day = dates[i];
      if (!day) break;
      const auth = needsAuth ? authFor(day, units) : null;
      if (needsAuth && !auth) continue;
      let billedCode = code, rendering: Staff | undefined;
      if (perDiems.length > 0) {
        const pick = teamContact(rng, w, team!, perDiems, day, row.member_id, setting(pos));
        if (!pick) continue;
        [billedCode, rendering] = [pick.code, pick.staff];
        countPerDiem(w, billedCode, day, row.member_id, setting(pos));
      } else {
        rendering = renderingFor(rng, orgStaff, billedCode, day);
      }
      if (auth) { auth.left -= units; usedAuth = auth; }
      mark(day);
      lines.push(line(lines.length + 1, day, billedCode, units, minutesFor(rng, catalog.unitOf(billedCode.id), units), pos,
        { renderingNpi: rendering?.npi, groupSize, residents, charge: unit.kind === 'item' || unit.kind === 'service' ? marketCharge(rng, amount) : undefined }));
    }
  }
  if (lines.length === 0) return null;
  for (const l of lines) if (!l.chargeAmount) l.chargeAmount = usualCharge(catalog, catalog.codesFor(l.code, l.modifiers)[0] ?? code, l.quantity);
  return { lines, code, auth: usedAuth };
}

/** One billing mistake that fits the claim, drawn up to three times (else the claim stays clean); returns which. */
function applyFlaw(w: World, rng: Random, b: Billed, asOf: string): Flaw | null {
  for (let draw = 0; draw < 3; draw++) {
    const flaw = rng.weighted(FLAWS);
    if (tryFlaw(w, rng, b, flaw, asOf)) return flaw;
  }
  return null;
}

function tryFlaw(w: World, rng: Random, b: Billed, flaw: Flaw, asOf: string): boolean {
  const { catalog } = w;
  const lines = b.claim.lines;
  const last = lines.at(-1)!;
  const unit = catalog.unitOf(b.code.id);
  const size = unit.kind === 'timed' ? unit.minutes : 60;
  switch (flaw) {
    // Whole-claim mistakes go on small claims, so one does not deny a month of lines.
    case 'duplicate': return lines.length <= 2;
    case 'unknown-member':
      if (lines.length > 2) return false;
      // Two digits transposed at the end of the Medicaid id.
      b.claim.member = { medicaidId: `${b.row.medicaid_id.slice(0, -2)}${b.row.medicaid_id.slice(-1)}${b.row.medicaid_id.slice(-2, -1)}` };
      return b.claim.member.medicaidId !== b.row.medicaid_id;
    case 'short-minutes': {
      // Minutes for one unit fewer than billed on a few sessions: the 8-minute rule reduces those lines.
      if (unit.kind !== 'timed') return false;
      const timed = lines.filter((l) => l.minutes !== undefined && l.quantity >= 2);
      if (timed.length === 0) return false;
      for (const l of timed.slice(0, rng.int(1, 3))) l.minutes = (l.quantity - 1) * size + rng.int(0, unit.minimumToBill - 1);
      return true;
    }
    case 'wrong-place': {
      // An office code billed with the member's home as the place of service (or the other way round).
      const setting = b.code.implies['setting'];
      if (setting !== 'clinic' && setting !== 'community') return false;
      for (let k = rng.int(1, 2); k > 0; k--) lines[rng.int(0, lines.length - 1)]!.placeOfService = setting === 'clinic' ? '12' : '11';
      return true;
    }
    case 'unqualified-level': {
      // A team contact billed at a level above the practitioner's (a bachelor's clinician billed as master's).
      const target = lines.find((l) => l.renderingNpi && l.modifiers.some((m) => m === 'HN' || m === 'HM'));
      if (!target || !b.code.practitionerCategory) return false;
      target.modifiers = target.modifiers.map((m) => (m === 'HN' || m === 'HM' ? 'HO' : m));
      return true;
    }
    case 'over-authorization': {
      // One more session than the nearly used authorization has units for: reduced to what is left, or denied.
      if (!b.auth || unit.kind !== 'timed' || b.auth.left > 8) return false;
      const day = nextDay(lines, b.auth);
      if (!day) return false;
      const units = b.auth.left + rng.int(2, 4);
      lines.push({ ...last, lineNumber: lines.length + 1, serviceDate: day, quantity: units, minutes: units * size, chargeAmount: usualCharge(catalog, b.code, units) });
      b.auth.left = 0;
      return true;
    }
    case 'over-daily-limit': {
      const cap = dailyUnitCap(catalog, b.code, last.serviceDate);
      if (!Number.isFinite(cap) || unit.kind !== 'timed' || (b.auth && b.auth.left < cap + 4 - last.quantity)) return false;
      const units = cap + rng.int(2, 4);
      if (b.auth) b.auth.left -= units - last.quantity;
      Object.assign(last, { quantity: units, minutes: units * size, chargeAmount: usualCharge(catalog, b.code, units) });
      return true;
    }
    case 'expired-authorization': {
      // A session dated before the current authorization began, when the one before it has expired.
      if (!b.auth || b.auth.from <= b.row.from_date) return false;
      const day = addDays(b.auth.from, -rng.int(3, 20));
      if (day < b.row.from_date || !billable(w, b.row, day) || !inForce(b.code, day)) return false;
      lines.push({ ...last, lineNumber: lines.length + 1, serviceDate: day, serviceDateTo: undefined });
      return true;
    }
    case 'late': {
      // A session from the earlier plan year, found and billed after the timely-filing window closed.
      const filing = catalog.rulesOfKind('timely-filing', asOf)[0];
      if (!filing || !b.earlier || b.code.pricing === 'market-rate') return false;
      const day = addDays(asOf, -filing.days - rng.int(5, 40));
      const row = b.earlier;
      if (!covers({ from: row.from_date, to: row.to_date }, day) || !inForce(b.code, day) || !eligibleOn(w, row.member_id, day)) return false;
      lines.push({ ...last, lineNumber: lines.length + 1, serviceDate: day, serviceDateTo: undefined });
      return true;
    }
    case 'before-plan': {
      const day = addDays(b.row.from_date, -rng.int(5, 25));
      if (!inForce(b.code, day) || !eligibleOn(w, b.row.member_id, day) || !enrolledOn(w, b.row.member_id, day)) return false;
      lines.push({ ...last, lineNumber: lines.length + 1, serviceDate: day, serviceDateTo: undefined });
      return true;
    }
  }
}

// ── What a careful provider checks before billing a day

function billable(w: World, row: LineRow, day: string): boolean {
  return covers({ from: row.from_date, to: row.to_date }, day) && eligibleOn(w, row.member_id, day) && enrolledOn(w, row.member_id, day);
}
const eligibleOn = (w: World, member: string, day: string) => (w.eligibility.get(member) ?? []).some((s) => covers(s, day));
const enrolledOn = (w: World, member: string, day: string) => (w.enrollments.get(member) ?? []).some((s) => covers(s, day));
const inForce = (code: BillingCode, day: string) => code.effective.from <= day && (code.effective.to === undefined || day <= code.effective.to);

function teamOf(w: World, row: LineRow, day: string): string | null {
  return (w.enrollments.get(row.member_id) ?? []).find((e) => e.team && e.organization === row.org_id && covers(e, day))?.team ?? null;
}

/** A team bills the per diem only at a fidelity level whose rate program the code implies (a lapsed team stops). */
function fidelityAllows(w: World, team: string, code: BillingCode, day: string): boolean {
  const implied = code.implies['rateProgram'];
  if (implied === undefined) return true;
  const level = (w.fidelity.get(team) ?? []).find((f) => covers(f, day))?.level;
  const program = w.teamProgram.get(team);
  const billing = w.catalog.pack.fidelity.find((f) => f.program === program)?.levels.find((l) => l.id === level)?.billing;
  return billing !== undefined && String(implied) === billing.rateProgram;
}

function underAge(catalog: Catalog, code: BillingCode, birthDate: string, day: string): boolean {
  const age = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (day.slice(5) < birthDate.slice(5) ? 1 : 0);
  return catalog.rulesOfKind('age-limit', day).some((r) => (r.appliesTo.services?.includes(code.service) || r.appliesTo.codes?.includes(code.id))
    && ((r.minAge !== undefined && age < r.minAge) || (r.maxAge !== undefined && age > r.maxAge)));
}

/** Services that may not be delivered on the same day and time as this one (rules.yaml same-day-same-time). */
function sameTimeServices(catalog: Catalog, service: string, day: string): Set<string> {
  const out = new Set<string>();
  for (const r of catalog.rulesOfKind('same-day-same-time', day)) if (r.services.includes(service)) for (const s of r.services) if (s !== service) out.add(s);
  return out;
}

/** The most 15-minute units a day's limit allows for the code (limits.yaml `period: day`), or Infinity. */
function dailyUnitCap(catalog: Catalog, code: BillingCode, day: string): number {
  let cap = Infinity;
  for (const l of catalog.limitsFor(code.id, day)) {
    if (l.period !== 'day') continue;
    const max = Number(l.max);
    cap = Math.min(cap, l.measure === 'hours' ? max * 4 : max);
  }
  return cap;
}

// ── Shaping the month

/** Units per session for the plan line's frequency and amount over four weeks, each session within a day's limit. */
function planSessions(rng: Random, kind: string, frequency: string, amount: number, dayCap: number): number[] {
  if (kind === 'month' || kind === 'item' || kind === 'service') return [1];
  if (kind === 'day') return Array.from({ length: Math.max(1, Math.min(amount, 8)) }, () => 1);
  const total = frequency === 'week' ? amount * WEEKS : frequency === 'day' ? amount * 7 * WEEKS : frequency === 'month' ? amount
    : frequency === 'year' ? Math.max(1, Math.round(amount / 12)) : Math.max(1, Math.round(amount / 3));
  const most = Math.min(dayCap, kind === 'hour' ? 4 : 12);
  const count = Math.min(12, Math.max(1, Math.ceil(total / Math.min(most, rng.int(3, 8)))));
  const out: number[] = [];
  let left = total;
  for (let i = count; i > 0 && left > 0; i--) {
    const units = Math.min(most, Math.max(1, Math.round(left / i)));
    out.push(units);
    left -= units;
  }
  return out;
}

/** `n` distinct days spread over the window, in date order. */
function pickDays(rng: Random, days: string[], n: number): string[] {
  if (n >= days.length) return days.slice();
  const chosen = new Set<number>();
  const step = days.length / n;
  for (let i = 0; i < n; i++) chosen.add(Math.min(days.length - 1, Math.floor(i * step + rng.next() * step)));
  return [...chosen].sort((a, b) => a - b).map((i) => days[i]!);
}

function longestRun(days: string[]): string[] {
  let best: string[] = [], run: string[] = [];
  for (const d of days) {
    run = run.length > 0 && addDays(run.at(-1)!, 1) === d ? [...run, d] : [d];
    if (run.length > best.length) best = run;
  }
  return best;
}

function nextDay(lines: ClaimLineSubmission[], auth: Authorization): string | null {
  const used = new Set(lines.map((l) => l.serviceDate));
  for (let d = addDays(lines.at(-1)!.serviceDate, 1); covers(auth, d) && d <= addDays(lines[0]!.serviceDate, 27); d = addDays(d, 1)) if (!used.has(d)) return d;
  return null;
}

/** Minutes delivered for the units: a timed unit needs at least the pack's minimum minutes (the 8-minute rule). */
function minutesFor(rng: Random, unit: { kind: string; minutes?: number; minimumToBill?: number }, units: number): number {
  if (unit.kind === 'timed') {
    const size = unit.minutes ?? 15, minimum = unit.minimumToBill ?? Math.ceil(size / 2);
    return (units - 1) * size + rng.int(minimum, size);
  }
  if (unit.kind === 'hour') return units * 60;
  return rng.int(20, 75);
}

/** Place of service: the setting the code implies (office vs home or community), a Group Home tier's home, else home. */
function placeOfService(code: BillingCode, service: string, catalog: Catalog): string {
  const setting = code.implies['setting'];
  if (setting === 'clinic') return '11';
  if (setting === 'community') return '12';
  const residential = catalog.rulesOfKind('excluded-setting').some((r) => r.settings.includes('group-home') && r.appliesTo.services?.includes(service));
  if (residential && code.dimensions.includes('residents')) return '14';
  return '12';
}

function groupSizeFor(rng: Random, code: BillingCode): number | undefined {
  const implied = code.implies['groupSize'];
  if (!implied || typeof implied !== 'object') return undefined;
  const { min = 1, max } = implied as { min?: number; max?: number };
  return max === undefined ? rng.int(Math.max(2, min), 6) : min === max ? min : rng.int(min, max);
}

/** A practitioner of the organization with an NPI who holds the level the code's modifier bills, if any. */
function renderingFor(rng: Random, staff: Staff[], code: BillingCode, day: string): Staff | undefined {
  const level = code.modifiers.find((m) => LEVELS.includes(m));
  const able = staff.filter((s) => !level || holdsLevel(s, level, day));
  return able.length > 0 ? rng.pick(able) : undefined;
}

/** A team contact: a team practitioner with an NPI and the per diem code at the highest level they hold. */
function teamContact(rng: Random, w: World, team: string, perDiems: readonly BillingCode[], day: string, member: string, where: string | null):
  { code: BillingCode; staff: Staff } | null {
  const staff = w.staffByTeam.get(team) ?? [];
  for (let tries = 0; tries < 6 && staff.length > 0; tries++) {
    const s = rng.pick(staff);
    for (const level of LEVELS) {
      const code = perDiems.find((c) => c.modifiers.includes(level));
      if (code && holdsLevel(s, level, day) && perDiemLimits(w, code, day, where).every((l) => (w.perDiems.get(perDiemKey(l.id, member, day)) ?? 0) < Number(l.max))) {
        return { code, staff: s };
      }
    }
  }
  return null;
}

/** The pack's monthly per-diem caps that count this code (by practitioner category and setting, where they say). */
function perDiemLimits(w: World, code: BillingCode, day: string, where: string | null) {
  return w.catalog.limitsFor(code.id, day).filter((l) => l.measure === 'per-diems' && l.period === 'month'
    && (!l.practitionerCategory || l.practitionerCategory === code.practitionerCategory) && (!l.setting || l.setting === where));
}
const perDiemKey = (limit: string, member: string, day: string) => `${limit}|${member}|${day.slice(0, 7)}`;
function countPerDiem(w: World, code: BillingCode, day: string, member: string, where: string | null): void {
  for (const l of perDiemLimits(w, code, day, where)) { const k = perDiemKey(l.id, member, day); w.perDiems.set(k, (w.perDiems.get(k) ?? 0) + 1); }
}
const setting = (pos: string) => (pos === '11' ? 'clinic' : 'community');

/** A code priced by provider type is billable only by an organization enrolled as one of the priced types. */
function providerTypePriced(w: World, code: BillingCode, organization: string): boolean {
  if (!code.dimensions.includes('providerType')) return true;
  const priced = w.catalog.dimension('providerType')?.values ?? [];
  return (w.orgTypes.get(organization) ?? []).some((t) => priced.includes(t));
}

// ── Money

const charges = new WeakMap<Catalog, Map<string, string>>();
/** The provider's usual charge per unit: a little above the highest fee-schedule rate for the code. */
function usualCharge(catalog: Catalog, code: BillingCode, units: number): string {
  let byCode = charges.get(catalog);
  if (!byCode) charges.set(catalog, (byCode = new Map()));
  let each = byCode.get(code.id);
  if (each === undefined) {
    const top = Math.max(0, ...catalog.ratesOf(code.id).map((r) => Number(r.amount)));
    byCode.set(code.id, (each = String(top > 0 ? Math.ceil(top * 1.15) : 25)));
  }
  return (Number(each) * units).toFixed(2);
}

function marketCharge(rng: Random, planned: number): string {
  return (Math.max(50, Math.min(900, Math.round(planned * (0.2 + rng.next() * 0.3))))).toFixed(2);
}

function total(lines: ClaimLineSubmission[]): string {
  // Charges are whole cents; summing cents as integers keeps the total exact.
  return (lines.reduce((s, l) => s + Math.round(Number(l.chargeAmount) * 100), 0) / 100).toFixed(2);
}

function line(lineNumber: number, serviceDate: string, code: BillingCode, units: number, minutes: number | undefined, placeOfService: string,
  extra: { serviceDateTo?: string; renderingNpi?: string; groupSize?: number; residents?: number; charge?: string }): ClaimLineSubmission {
  return {
    lineNumber, serviceDate, ...(extra.serviceDateTo && extra.serviceDateTo !== serviceDate ? { serviceDateTo: extra.serviceDateTo } : {}),
    code: code.code, modifiers: [...code.modifiers], quantity: units, quantityBasis: 'UN', ...(minutes !== undefined ? { minutes } : {}),
    placeOfService, chargeAmount: extra.charge ?? '', ...(extra.renderingNpi ? { renderingNpi: extra.renderingNpi } : {}),
    ...(extra.groupSize ? { groupSize: extra.groupSize } : {}), ...(extra.residents ? { residents: extra.residents } : {}),
  };
}

// ── Loading

async function loadWorld(db: Db, catalog: Catalog, program: string): Promise<World> {
  const programs = [program, ...catalog.manifest.programs.map((p) => p.id)];
  const eligibility = new Map<string, Span[]>();
  for (const r of typedRows<{ member_id: string; from: string; to: string | null }>(await db.execute(sql`select member_id, from_date::text as "from", to_date::text as "to"
      from eligibility_spans where program = ${program} order by member_id, from_date`))) push(eligibility, r.member_id, { from: r.from, to: r.to });
  const enrollments: World['enrollments'] = new Map();
  for (const r of typedRows<{ member_id: string; program: string; organization_id: string; team_id: string | null; from: string; to: string | null }>(await db.execute(sql`select member_id, program,
      organization_id, team_id, from_date::text as "from", to_date::text as "to" from program_enrollments order by member_id, from_date, id`))) {
    if (programs.includes(r.program)) push(enrollments, r.member_id, { from: r.from, to: r.to, organization: r.organization_id, team: r.team_id });
  }
  const authorizations = new Map<string, Authorization[]>();
  // The month is billed against the authorized units, not what is left after earlier claims: a second run over the
  // same database then makes the same claims (which intake recognizes by their keys) instead of a smaller month.
  for (const r of typedRows<{ id: string; member_id: string; organization_id: string; service: string; code: string | null; units: string; from: string; to: string | null }>(
    await db.execute(sql`select id, member_id, organization_id, service, code, units::text, from_date::text as "from", to_date::text as "to"
      from authorizations where program = ${program} and status = 'approved' order by member_id, from_date, ref`))) {
    push(authorizations, r.member_id, { id: r.id, organization: r.organization_id, service: r.service, code: r.code, from: r.from, to: r.to, left: Number(r.units) });
  }
  const credentials = new Map<string, StaffFacts['credentials']>();
  for (const r of typedRows<{ staff_id: string; kind: string; name: string; from: string; to: string | null }>(await db.execute(sql`select c.staff_id, c.kind, c.name,
      c.from_date::text as "from", c.to_date::text as "to" from staff_credentials c join staff s on s.id = c.staff_id where s.npi is not null order by c.staff_id, c.id`))) {
    push(credentials, r.staff_id, { kind: r.kind, name: r.name, from: r.from, to: r.to });
  }
  const staffByOrg = new Map<string, Staff[]>(), staffByTeam = new Map<string, Staff[]>();
  for (const r of typedRows<{ id: string; npi: string; organization_id: string; team_id: string | null; role: string; degree: string | null }>(await db.execute(sql`select id, npi,
      organization_id, team_id, role, degree from staff where npi is not null order by npi`))) {
    const s: Staff = { id: r.id, npi: r.npi, organizationId: r.organization_id, teamId: r.team_id, role: r.role, degree: r.degree, credentials: credentials.get(r.id) ?? [] };
    push(staffByOrg, s.organizationId, s);
    if (s.teamId) push(staffByTeam, s.teamId, s);
  }
  const fidelity = new Map<string, Array<Span & { level: string }>>();
  for (const r of typedRows<{ team_id: string; level: string; from: string; to: string | null }>(await db.execute(sql`select team_id, level, from_date::text as "from",
      to_date::text as "to" from team_fidelity order by team_id, from_date`))) push(fidelity, r.team_id, { level: r.level, from: r.from, to: r.to });
  const teamProgram = new Map(typedRows<{ id: string; program: string }>(await db.execute(sql`select id, program from teams`)).map((t) => [t.id, t.program]));
  const orgTypes = new Map<string, string[]>();
  for (const r of typedRows<{ organization_id: string; provider_type: string }>(await db.execute(sql`select organization_id, provider_type from organization_enrollments
      where program = ${program} order by organization_id, provider_type`))) push(orgTypes, r.organization_id, r.provider_type);
  return { catalog, eligibility, enrollments, authorizations, staffByOrg, staffByTeam, fidelity, teamProgram, orgTypes, perDiems: new Map() };
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
