import type { TeamRecord } from './bundle-schema.js';
import type { ProgramProfile } from './program-profile.js';
import { addMonths, isoDate } from './epoch-day.js';
import type { Random } from './seeded-random.js';

type FidelitySpan = TeamRecord['fidelity'][number];
export type FidelityOutcome = 'rated' | 'non-fidelity' | 'moderately-high' | 'high';

/**
 * A team's TMACT history up to `asOf`: provisional for its first six months, then a yearly review whose level
 * moves up or down a step at a time. `outcome` pins where an established team ends up, so a generated program
 * always holds a non-fidelity team and the upper levels; `rated` lets the reviews wander.
 */
export function buildFidelityHistory(
  levels: ProgramProfile['fidelityLevels'], start: number, asOf: number, rng: Random, outcome: FidelityOutcome,
): FidelitySpan[] {
  const ladder = [levels.basic, levels.moderatelyHigh, levels.high];
  const scores: Record<string, [number, number]> = {
    [levels.nonFidelity]: [2.1, 2.9], [levels.basic]: [3.0, 3.4], [levels.moderatelyHigh]: [3.5, 4.1], [levels.high]: [4.2, 4.8],
  };
  const reviews: { level: string; from: number }[] = [{ level: levels.provisional, from: start }];
  let review = addMonths(start, 6);
  let rank = -1;
  while (review <= asOf) {
    if (outcome === 'non-fidelity') {
      // A team that never reached basic within its provisional year reverts to the non-fidelity rate.
      reviews.push({ level: levels.nonFidelity, from: addMonths(start, 12) });
      break;
    }
    const target = outcome === 'high' ? 2 : outcome === 'moderately-high' ? 1 : undefined;
    if (rank < 0) rank = 0;
    else if (target !== undefined) rank = Math.min(target, rank + 1);
    else rank = Math.max(0, Math.min(2, rank + (rng.chance(0.3) ? 1 : rng.chance(0.15) ? -1 : 0)));
    reviews.push({ level: ladder[rank], from: review });
    review = addMonths(review, 12);
  }
  const spans = reviews.filter((r) => r.from <= asOf);
  return spans.map((r, i): FidelitySpan => {
    const span: FidelitySpan = { level: r.level, from: isoDate(r.from) };
    if (i + 1 < spans.length) span.to = isoDate(spans[i + 1].from - 1);
    const range = scores[r.level];
    if (range) span.overallScore = Math.round((range[0] + rng.next() * (range[1] - range[0])) * 10) / 10;
    return span;
  });
}
