import type { StaffFacts } from '../engine/types.js';
import { covers } from '../engine/resolve-line.js';

// The HCPCS level modifiers a practitioner bills under, and who holds each level. HO/HN/HM are the national
// education-level modifiers (master's, bachelor's, less than bachelor's); AM physician and TD RN are national; HP
// is read as APRN as the pack's modifiers.yaml says. A higher level may bill a lower one (a master's clinician
// billing HN), so each level accepts the levels above it. The pack's practitioner-categories.yaml (LPN bills TD,
// decision D-47) is followed for TD.

const LICENSED_CLINICIAN = /\b(LCSW|LICSW|LPC|LPCMH|LMFT|LAC|LCDP|psychologist|PhD|PsyD)\b/i;
const PHYSICIAN = /\b(MD|DO|physician|psychiatrist)\b/i;
const APRN = /\b(APRN|CNP|NP|CNS|nurse practitioner)\b/i;
const NURSE = /\b(RN|LPN)\b/i;
const MASTERS = new Set(['master', 'doctoral']);
const BACHELORS = new Set(['bachelor', 'master', 'doctoral']);

/** Modifiers that claim a practitioner level. */
export const LEVEL_MODIFIERS: ReadonlySet<string> = new Set(['HO', 'HN', 'HM', 'AM', 'HP', 'TD']);

function licensed(staff: StaffFacts, pattern: RegExp, date: string): boolean {
  return staff.credentials.some((c) => (c.kind === 'license' || c.kind === 'certification') && pattern.test(c.name) && covers(c, date));
}

/** Whether a staff member holds the level a modifier bills on a date. */
export function holdsLevel(staff: StaffFacts, modifier: string, date: string): boolean {
  const masters = () => MASTERS.has(staff.degree ?? '') || staff.role === 'team-leader' || licensed(staff, LICENSED_CLINICIAN, date)
    || licensed(staff, PHYSICIAN, date) || licensed(staff, APRN, date);
  switch (modifier) {
    case 'AM': return licensed(staff, PHYSICIAN, date);
    case 'HP': return licensed(staff, APRN, date);
    case 'TD': return licensed(staff, NURSE, date) || licensed(staff, APRN, date);
    case 'HO': return masters();
    case 'HN': return BACHELORS.has(staff.degree ?? '') || masters();
    case 'HM': return true;
    default: return true;
  }
}
