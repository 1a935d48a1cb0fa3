import type { FidelityInstrument, FidelityLevel } from '../../catalog/schema/index.js';

/** Scores of one fidelity review: the overall mean and each subscale (or item) score, on the instrument's scale. */
export interface ReviewScores { overall: number; subscales: Record<string, number> }

/** One threshold of one level, with what the review showed. */
export interface ThresholdCheck {
  level: string;
  /** `overall`, a single metric id (aggregate `each`) or `average of A, B`. */
  rule: string;
  scales: string[];
  aggregate: 'overall' | 'average' | 'each';
  needed: number;
  saw: number | null;
  met: boolean;
  text?: string;
}

export interface FidelityOutcome {
  /** The highest level whose every threshold is met (levels without thresholds — e.g. non-fidelity — are the floor). */
  level: FidelityLevel;
  /** Every threshold of every level above the floor, with what the review showed: the reviewer's explanation. */
  checks: ThresholdCheck[];
}

export interface ComputeOptions {
  /** A new team may be placed at a level reserved for new teams (provisional); others never are. */
  isNewTeam?: boolean;
}

// Scores are entered to two decimals; averages are rounded to 6 so that (3.25 + 2.75) / 2 meets a 3.0 threshold exactly.
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Places a team at the highest fidelity level of the instrument whose overall minimum and subscale thresholds the
 * review meets. Levels only for new teams (provisional) are considered for a new team only.
 */
export function computeFidelityLevel(instrument: FidelityInstrument, scores: ReviewScores, options: ComputeOptions = {}): FidelityOutcome {
  const byRank = [...instrument.levels].sort((a, b) => b.rank - a.rank);
  const floor = byRank[byRank.length - 1]!;
  const checks: ThresholdCheck[] = [];
  let placed: FidelityLevel | null = null;
  for (const level of byRank) {
    if (level === floor || (level.onlyForNewTeams && !options.isNewTeam)) continue;
    const levelChecks = thresholdsOf(level, scores);
    checks.push(...levelChecks);
    if (!placed && levelChecks.every((c) => c.met)) placed = level;
  }
  return { level: placed ?? floor, checks };
}

function thresholdsOf(level: FidelityLevel, scores: ReviewScores): ThresholdCheck[] {
  const out: ThresholdCheck[] = [];
  if (level.overallMin !== undefined) {
    const saw = Number.isFinite(scores.overall) ? round(scores.overall) : null;
    out.push({ level: level.id, rule: 'overall', scales: [], aggregate: 'overall', needed: level.overallMin, saw,
      met: saw !== null && saw >= level.overallMin, text: `Overall score of at least ${level.overallMin}.` });
  }
  for (const rule of level.subscales) {
    const values = rule.scales.map((s) => scores.subscales[s]);
    if (rule.aggregate === 'average') {
      const present = values.every((v): v is number => typeof v === 'number' && Number.isFinite(v));
      const saw = present ? round(values.reduce((a, b) => a + b, 0) / values.length) : null;
      out.push({ level: level.id, rule: rule.scales.length > 1 ? `average of ${rule.scales.join(', ')}` : rule.scales[0]!,
        scales: rule.scales, aggregate: 'average', needed: rule.min, saw, met: saw !== null && saw >= rule.min, text: rule.text });
    } else {
      rule.scales.forEach((scale, i) => {
        const v = values[i];
        const saw = typeof v === 'number' && Number.isFinite(v) ? round(v) : null;
        out.push({ level: level.id, rule: scale, scales: [scale], aggregate: 'each', needed: rule.min, saw,
          met: saw !== null && saw >= rule.min, text: rule.text });
      });
    }
  }
  return out;
}
