import { z } from 'zod';

/** What crosses the HTTP edge for fidelity reviews: TMACT-style instrument reviews of teams, item-scale reviews of organizations. */

const IsoDate = z.iso.date('Expected a date YYYY-MM-DD');
const Score = z.number().min(1, 'Scores run 1–5').max(5, 'Scores run 1–5');
const Note = z.string().trim().max(2000);

export const TeamIdParams = z.object({ id: z.string().min(1).max(64) });
export const ReviewIdParams = z.object({ id: z.string().min(1).max(64) });

/** A full review with every metric's score (recorded when done), or an information request that opens a review. */
export const FidelityReviewInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('full'), reviewedOn: IsoDate, overall: Score,
    scores: z.record(z.string().min(1).max(16), Score), note: Note.nullish(),
  }),
  z.object({ kind: z.literal('information-request'), requestedOn: IsoDate, note: Note.nullish() }),
]);
export type FidelityReviewInput = z.infer<typeof FidelityReviewInput>;

/** Closing an information request: the re-rated metrics, and when a metric fell below the floor and when it was cured. */
export const CloseFidelityReview = z.object({
  closedOn: IsoDate,
  belowFloorOn: IsoDate.nullish(),
  curedOn: IsoDate.nullish(),
  scores: z.record(z.string().min(1).max(16), Score).optional(),
  note: Note.nullish(),
});
export type CloseFidelityReview = z.infer<typeof CloseFidelityReview>;

export const ThresholdCheckView = z.object({
  level: z.string(), rule: z.string(), scales: z.array(z.string()), aggregate: z.enum(['overall', 'average', 'each']),
  needed: z.number(), saw: z.number().nullable(), met: z.boolean(), text: z.string().optional(),
});

export const FidelityPreviewInput = z.object({
  teamId: z.string().min(1).max(64).optional(), instrument: z.string().min(1).max(64).optional(),
  isNewTeam: z.boolean().optional(), overall: z.number(), scores: z.record(z.string(), z.number()),
});
export const FidelityPreview = z.object({
  instrument: z.string(), level: z.object({ id: z.string(), name: z.string(), rank: z.number() }), checks: z.array(ThresholdCheckView),
});

export const FidelityReviewView = z.object({
  id: z.string(), teamId: z.string(), organizationId: z.string(), instrument: z.string(),
  kind: z.enum(['full', 'information-request']), requestedOn: z.string(), closedOn: z.string().nullable(),
  heldLevel: z.string().nullable(), outcomeLevel: z.string().nullable(), overallScore: z.number().nullable(),
  scores: z.record(z.string(), z.number()), belowFloorOn: z.string().nullable(), curedOn: z.string().nullable(),
  /** Last day to cure a metric below the floor (open reviews with a failed metric). */
  cureDueOn: z.string().nullable(),
  note: z.string().nullable(), createdAt: z.string(),
});
export type FidelityReviewView = z.infer<typeof FidelityReviewView>;

export const BillingPeriodView = z.object({
  from: z.string(), to: z.string().nullable(), level: z.string(), billsAs: z.string(), rateProgram: z.string(),
  pended: z.boolean(), reviewId: z.string().optional(), why: z.string(),
});

export const TeamFidelityView = z.object({
  teamId: z.string(), teamName: z.string(), organizationId: z.string(), program: z.string(),
  instrument: z.object({ id: z.string(), name: z.string(), subscales: z.array(z.object({ id: z.string(), name: z.string() })),
    levels: z.array(z.object({ id: z.string(), name: z.string(), rank: z.number() })) }).nullable(),
  levels: z.array(z.object({ level: z.string(), from: z.string(), to: z.string().nullable(), overallScore: z.number().nullable() })),
  reviews: z.array(FidelityReviewView),
  /** Billing periods from the current certification on, as of today. */
  billing: z.array(BillingPeriodView),
  deadlines: z.array(z.object({ kind: z.string(), due: z.string(), level: z.string().optional(), reviewId: z.string().optional(), met: z.boolean().nullable() })),
});
export type TeamFidelityView = z.infer<typeof TeamFidelityView>;

export const ScaleReviewInput = z.object({
  scale: z.string().min(1).max(64), program: z.string().min(1).max(64).optional(), reviewedOn: IsoDate,
  ratings: z.record(z.string().min(1).max(64), z.number()), note: Note.nullish(),
});
export type ScaleReviewInput = z.infer<typeof ScaleReviewInput>;

export const ScalePreviewInput = z.object({ scale: z.string().min(1).max(64), ratings: z.record(z.string(), z.number()) });
export const ScalePreview = z.object({
  total: z.number().int(), rated: z.number().int(), band: z.object({ id: z.string(), name: z.string() }).nullable(),
  errors: z.array(z.object({ item: z.string(), message: z.string() })),
});

export const ScaleReviewView = z.object({
  id: z.string(), organizationId: z.string(), program: z.string(), scale: z.string(), reviewedOn: z.string(),
  ratings: z.record(z.string(), z.number()), total: z.number().int(), band: z.string(), bandName: z.string().nullable(),
  note: z.string().nullable(), createdAt: z.string(),
});
export type ScaleReviewView = z.infer<typeof ScaleReviewView>;
export const ScaleReviewListQuery = z.object({ program: z.string().max(64).optional(), scale: z.string().max(64).optional() });
