import { isEffectiveOn, type Catalog, type TouchLevel, type TouchLevelSetting } from '../../catalog/index.js';
import { covers } from '../engine/resolve-line.js';
import type { MemberContext } from '../engine/types.js';
import { isApproved } from '../engine/approved.js';

/** A touch-levels.yaml `detect` entry with the level it puts the member at. */
interface Detector { level: TouchLevel; entry: TouchLevelSetting }

interface SettingsIndex {
  /** The touch level each monthly Care Management code bills (codes.withoutPeer / withPeer). */
  levelOfCode: Map<string, TouchLevel>;
  /** Detectors of ranked levels, by ascending priority. */
  byPriority: Array<{ priority: number; detectors: Detector[]; known: Map<string, Set<string>> }>;
  /** Detectors whose setting is the `when` of a rule (conditionOf), by rule id. */
  byRule: Map<string, Detector[]>;
}

const indexes = new WeakMap<Catalog, SettingsIndex>();

function indexOf(catalog: Catalog): SettingsIndex {
  let index = indexes.get(catalog);
  if (index) return index;
  const levelOfCode = new Map<string, TouchLevel>();
  const priorities = new Map<number, SettingsIndex['byPriority'][number]>();
  const byRule = new Map<string, Detector[]>();
  for (const level of catalog.pack.touchLevels) {
    levelOfCode.set(level.codes.withoutPeer, level);
    levelOfCode.set(level.codes.withPeer, level);
    for (const entry of level.detect ?? []) {
      const detector = { level, entry };
      for (const rule of entry.conditionOf ?? []) byRule.set(rule, [...(byRule.get(rule) ?? []), detector]);
      if (level.rank === undefined) continue;
      let step = priorities.get(entry.priority);
      if (!step) priorities.set(entry.priority, (step = { priority: entry.priority, detectors: [], known: new Map() }));
      step.detectors.push(detector);
      // The codes this step reads for each service: a plan line of the service with none of them (or no code) shows
      // the member is in such a setting without saying which.
      for (const item of entry.onPlan ?? []) {
        for (const service of item.services) {
          const codes = step.known.get(service) ?? new Set<string>();
          for (const code of item.codes) codes.add(code);
          step.known.set(service, codes);
        }
      }
    }
  }
  const byPriority = [...priorities.values()].sort((a, b) => a.priority - b.priority);
  indexes.set(catalog, (index = { levelOfCode, byPriority, byRule }));
  return index;
}

/** The touch level a billing code id bills, if it is a Care Management code. */
export function touchLevelOfCode(catalog: Catalog, codeId: string): TouchLevel | undefined {
  return indexOf(catalog).levelOfCode.get(codeId);
}

/** The touch level the member's setting allows on a date, the settings found, or why it is not known. */
export type MemberTouchLevel =
  | { known: true; level: TouchLevel; settings: string[]; decision: string | undefined }
  | { known: false; unknownService: string | null };

/**
 * The member's Care Management touch level on a date, from the pack's `detect` entries (decision D-82): the first
 * priority at which any setting matches decides, and among its matches the highest rank wins. A priority that
 * matches nothing but finds a plan line or approved authorization of one of its services without a code it reads
 * (residential with no tier on file) leaves the level unknown.
 */
export function memberTouchLevel(catalog: Catalog, ctx: MemberContext, date: string): MemberTouchLevel {
  for (const step of indexOf(catalog).byPriority) {
    let best: Detector | null = null;
    const settings: string[] = [];
    for (const detector of step.detectors) {
      if (!isEffectiveOn(detector.level, date) || !matches(detector.entry, ctx, date)) continue;
      settings.push(detector.entry.setting);
      if (!best || detector.level.rank! > best.level.rank!) best = detector;
    }
    if (best) return { known: true, level: best.level, settings, decision: best.entry.decision ?? best.level.decision };
    const unknownService = unreadableService(step.known, ctx, date);
    if (unknownService !== null) return { known: false, unknownService };
  }
  return { known: false, unknownService: null };
}

/**
 * Whether the member is in the setting that is a rule's `when` (touch-levels.yaml `conditionOf`) on a date:
 * the matching setting, null when not in it, or undefined when the pack says nothing about that rule's condition.
 */
export function ruleConditionSetting(catalog: Catalog, ctx: MemberContext, ruleId: string, date: string): TouchLevelSetting | null | undefined {
  const detectors = indexOf(catalog).byRule.get(ruleId);
  if (!detectors) return undefined;
  for (const d of detectors) if (isEffectiveOn(d.level, date) && matches(d.entry, ctx, date)) return d.entry;
  return null;
}

/** A detect entry holds: enrolled in one of its programs, and every `onPlan` item on the plan or approved. */
function matches(entry: TouchLevelSetting, ctx: MemberContext, date: string): boolean {
  const member = ctx.member;
  if (!member) return false;
  if (entry.programs && !member.enrollments.some((e) => entry.programs!.includes(e.program) && covers(e, date))) return false;
  // Plain loops: plan-cost-cap asks this for every capped line (ACT, ICM, CPST, PSR …), the engine's hot path.
  for (const item of entry.onPlan ?? []) if (!onPlan(item.services, item.codes, ctx, date)) return false;
  return true;
}

/** An active plan line or an approved authorization on the date of one of the services with one of the codes. */
function onPlan(services: readonly string[], codes: readonly string[], ctx: MemberContext, date: string): boolean {
  for (const p of ctx.member!.planLines) {
    if (p.code !== null && p.status === 'active' && covers(p, date) && codes.includes(p.code) && services.includes(p.service)) return true;
  }
  for (const a of ctx.authorizations) {
    if (a.code !== null && isApproved(a.status) && a.from <= date && date <= a.to && codes.includes(a.code) && services.includes(a.service)) return true;
  }
  return false;
}

/** A service the step reads whose plan line or approved authorization on the date has no code the step knows. */
function unreadableService(known: ReadonlyMap<string, ReadonlySet<string>>, ctx: MemberContext, date: string): string | null {
  if (known.size === 0) return null;
  const unreadable = (service: string, code: string | null) => {
    const codes = known.get(service);
    return codes !== undefined && (code === null || !codes.has(code));
  };
  for (const p of ctx.member?.planLines ?? []) if (p.status === 'active' && covers(p, date) && unreadable(p.service, p.code)) return p.service;
  for (const a of ctx.authorizations) if (isApproved(a.status) && a.from <= date && date <= a.to && unreadable(a.service, a.code)) return a.service;
  return null;
}
