import { z } from 'zod';
import { AppliesTo, cited, DecisionRef, Id, Source } from './common.js';

export interface CriterionGroup {
  id: string;
  text?: string;
  /** all = every item; any = at least one; at-least = `count` items. */
  combine: 'all' | 'any' | 'at-least';
  count?: number;
  items: Array<CriterionItem | CriterionGroup>;
}
export interface CriterionItem { id: string; text: string; source?: string | string[] }

const CriterionItemSchema = z.strictObject({ id: Id, text: z.string(), source: Source.optional() });
const CriterionGroupSchema: z.ZodType<CriterionGroup> = z.lazy(() =>
  z.strictObject({
    id: Id,
    text: z.string().optional(),
    combine: z.enum(['all', 'any', 'at-least']),
    count: z.number().int().positive().optional(),
    items: z.array(z.union([CriterionItemSchema, CriterionGroupSchema])).min(1),
  }),
);

/** A medical-necessity, needs-based, admission, discharge or authorization checklist. */
export const Criteria = z.strictObject({
  id: Id,
  appliesTo: AppliesTo,
  kind: z.enum(['medical-necessity', 'needs-based', 'admission', 'discharge', 'continued-stay', 'authorization', 'tier']),
  title: z.string(),
  checklist: CriterionGroupSchema,
  ...cited,
});
export type Criteria = z.infer<typeof Criteria>;

/**
 * How claims know a member is in a setting on a date, from the facts the engine loads: an enrollment in one of
 * `programs`, and/or for each `onPlan` item an active Recovery Plan line or approved authorization of one of its
 * services with one of its codes. An entry with neither always matches (the default setting). The member's touch
 * level comes from the matching entries of the lowest `priority`; `conditionOf` names rules.yaml rules whose
 * `when` is this setting.
 */
export const TouchLevelSetting = z.strictObject({
  setting: z.string(),
  priority: z.number().int().positive(),
  programs: z.array(Id).min(1).optional(),
  onPlan: z.array(z.strictObject({ services: z.array(Id).min(1), codes: z.array(Id).min(1) })).min(1).optional(),
  conditionOf: z.array(Id).min(1).optional(),
  source: Source,
  decision: DecisionRef.optional(),
});
export type TouchLevelSetting = z.infer<typeof TouchLevelSetting>;

/** Care-management touch level: the code that bills it, the settings that put a member there, expected hours. */
export const TouchLevel = z.strictObject({
  id: Id, name: z.string(),
  codes: z.strictObject({ withoutPeer: Id, withPeer: Id }),
  settings: z.array(z.string()),
  hoursPerYear: z.strictObject({ leadAlone: z.number(), leadWithPeer: z.number(), peer: z.number() }),
  /** Higher rank = more Care Manager involvement; a member's setting allows its level and the ones ranked below. */
  rank: z.number().int().positive().optional(),
  /** How claims detect the level's settings (decision D-82). */
  detect: z.array(TouchLevelSetting).optional(),
  ...cited,
});
export type TouchLevel = z.infer<typeof TouchLevel>;

/** A threshold on one or more subscale scores: their average (or each one) must reach `min`. */
export const SubscaleRule = z.strictObject({
  scales: z.array(Id).min(1),
  aggregate: z.enum(['average', 'each']),
  min: z.number(),
  text: z.string().optional(),
});

/** A fidelity level of a team program (TMACT for ACT) and what it means for billing. */
export const FidelityLevel = z.strictObject({
  id: Id, name: z.string(),
  /** Higher rank = higher fidelity; the first level whose thresholds are all met, from the top, is the team's level. */
  rank: z.number().int().nonnegative(),
  overallMin: z.number().optional(),
  subscales: z.array(SubscaleRule).default([]),
  billing: z.strictObject({
    /** Rate dimension value the team bills at: e.g. rateProgram = act | non-fidelity-act. */
    rateProgram: Id,
    monthlyPerDiemCap: z.number().int().positive().optional(),
    additionalPerDiemsVia: z.enum(['prior-authorization']).optional(),
    text: z.string(),
  }),
  /** On a failed review metric: cure window and the level billing reverts to. */
  review: z.strictObject({
    pendOnRequest: z.boolean(),
    cureDays: z.number().int().positive().optional(),
    /** A re-rated metric below this score starts the cure window; absent = below the level's own thresholds. */
    floor: z.number().optional(),
    revertTo: Id.optional(),
    text: z.string(),
  }).optional(),
  /** Provisional-only: how long the level lasts before a full review must reach `mustReach`. */
  durationMonths: z.number().int().positive().optional(),
  mustReach: Id.optional(),
  /** Months one certification at this level runs (provisional: 6; basic and above: 12). */
  certificationMonths: z.number().int().positive().optional(),
  /** After `durationMonths` without reaching `mustReach`, the state may allow a corrective action plan this long, billing at this level. */
  correctiveActionDays: z.number().int().positive().optional(),
  /** Only a new team may hold this level (provisional). */
  onlyForNewTeams: z.boolean().optional(),
  ...cited,
});
export type FidelityLevel = z.infer<typeof FidelityLevel>;

export const FidelityInstrument = z.strictObject({
  id: Id, name: z.string(), program: Id,
  scale: z.strictObject({ min: z.number(), max: z.number() }),
  subscales: z.array(z.strictObject({ id: Id, name: z.string(), source: Source.optional() })),
  levels: z.array(FidelityLevel).min(1),
  source: Source,
});
export type FidelityInstrument = z.infer<typeof FidelityInstrument>;

/** An item-rated fidelity scale (Supported Employment / IPS, 25 items with 1–5 anchors) and its score bands. */
export const ItemScale = z.strictObject({
  id: Id, name: z.string(), version: z.string(),
  items: z.array(z.strictObject({
    id: Id, number: z.number().int().positive(), section: z.string(), name: z.string(),
    /** The criterion the item rates, as the scale states it. */
    criterion: z.string().optional(),
    /** Where the rater gets the evidence (MIS, DOC, INT, OBS, ISP). */
    dataSources: z.array(z.string()).optional(),
    anchors: z.record(z.string().regex(/^[1-5]$/), z.string()),
    source: Source,
  })).min(1),
  bands: z.array(z.strictObject({ id: Id, name: z.string(), min: z.number().int(), max: z.number().int() })).min(1),
  source: Source,
});
export type ItemScale = z.infer<typeof ItemScale>;
