import { Temporal } from 'temporal-polyfill';
import type { TeamStage } from './types.js';

/**
 * A team is new for its first `newForMonths` months after its start date, then established (the rate stage).
 * The months come from the policy pack's team-stage rule for the team's program; without one there is no stage.
 */
export function teamStage(startDate: string, today: string, newForMonths: number | undefined): TeamStage | null {
  if (newForMonths === undefined) return null;
  const establishedOn = Temporal.PlainDate.from(startDate).add({ months: newForMonths });
  return Temporal.PlainDate.compare(Temporal.PlainDate.from(today), establishedOn) < 0 ? 'new-first-year' : 'established';
}

/** The months a team of a program stays new, as the policy says (undefined: no team-stage rule). */
export type TeamStageMonths = (teamProgram: string) => number | undefined;
