import type { FidelityInstrument, FidelityLevel } from '../../catalog/schema/index.js';

/** Scores of one fidelity review: the overall mean and each subscale (or item) score, on the instrument's scale. */
export interface ReviewScores { overall: number; subscales: Record<string, number> }

export interface ThresholdCheck { level: string; rule: string; needed: number; saw: number | null; met: boolean }
export interface FidelityOutcome {
  /** The highest level whose every threshold is met (levels without thresholds — e.g. non-fidelity — are the floor). */
  level: FidelityLevel;
  /** Every threshold of every level above the floor, with what the review showed: the reviewer's explanation. */
  checks: ThresholdCheck[];
}

/**
 * Places a team at the highest fidelity level of the instrument whose overall minimum and subscale thresholds the
 * review meets. Provisional-only levels (those with `durationMonths`) are granted by certification, not computed.
 */
export function computeFidelityLevel(instrument: FidelityInstrument, scores: ReviewScores): FidelityOutcome {
  const byRank = [...instrument.levels].sort((a, b) => b.rank - a.rank);
  const floor = byRank[byRank.length - 1]!;
  const checks: ThresholdCheck[] = [];
  let placed: FidelityLevel | null = null;
  for (const level of byRank) {
    if (level === floor || level.durationMonths) continue;
    const levelChecks = thresholdsOf(level, scores);
    checks.push(...levelChecks);
    if (!placed && levelChecks.every((c) => c.met)) placed = level;
  }
  return { level: placed ?? floor, checks };
}

function thresholdsOf(level: FidelityLevel, scores: ReviewScores): ThresholdCheck[] {
  const out: ThresholdCheck[] = [];
  if (level.overallMin !== undefined) {
    out.push({ level: level.id, rule: 'overall', needed: level.overallMin, saw: scores.overall, met: scores.overall >= level.overallMin });
  }
  for (const rule of level.subscales) {
    const values = rule.scales.map((s) => scores.subscales[s]);
    const missing = values.some((v) => v === undefined);
    if (rule.aggregate === 'average') {
      const avg = missing ? null : mean(values as number[]);
      out.push({ level: level.id, rule: `average of ${rule.scales.join(', ')}`, needed: rule.min, saw: avg, met: avg !== null && avg >= rule.min - 1e-9 });
    } else {
      rule.scales.forEach((scale, i) => {
        const v = values[i] ?? null;
        out.push({ level: level.id, rule: scale, needed: rule.min, saw: v, met: v !== null && v >= rule.min });
      });
    }
  }
  return out;
}

// Averages are compared with a small tolerance: 3.0 from (3.25 + 2.75) must meet a 3.0 threshold exactly.
function mean(values: number[]): number {
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 1e6) / 1e6;
}
