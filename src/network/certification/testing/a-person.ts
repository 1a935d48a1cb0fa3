import type { StaffProfile } from '../staff-profile.js';

/** A staff profile for tests: nothing on file unless given. */
export function aPerson(over: Partial<StaffProfile> = {}): StaffProfile {
  return { staffId: 's-1', name: 'Casey Lead', roleId: 'cst-team-leader', degree: null, birthDate: null, fte: null, hoursPerWeek: null, credentials: [], ...over };
}
