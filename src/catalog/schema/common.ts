import { z } from 'zod';

/** A citation into a source document: `003_23a08ecffbbbbdbf.txt:L1089` or a range `…:L1089-L1094`. */
export const Citation = z
  .string()
  .regex(/^\d{3}_[0-9a-f]{16}\.txt:L\d+(?:-L\d+)?$/, 'Expected a citation like 003_23a08ecffbbbbdbf.txt:L1089');
/** One citation or several: every rule, rate and limit must carry at least one. */
export const Source = z.union([Citation, z.array(Citation).min(1)]);
export type Source = z.infer<typeof Source>;

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date YYYY-MM-DD');
/** Effective dates, both inclusive; an open `to` means "until replaced". */
export const Effective = z.strictObject({ from: IsoDate, to: IsoDate.optional() });
export type Effective = z.infer<typeof Effective>;

/** Exact money as a decimal string ("208.21"); never a float. */
export const Money = z.string().regex(/^\d+(\.\d{1,2})?$/, 'Expected a decimal amount like "208.21"');

export const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Expected an id of letters, digits, dot, dash, underscore');
/** A decision-register id, `D-01` … */
export const DecisionRef = z.string().regex(/^D-\d{2,3}$/, 'Expected a decision id like D-07');

/** Fields every cited, dated entry carries. */
export const cited = {
  source: Source,
  effective: Effective,
  /** The decision (decisions.yaml) that set this value where the source contradicts itself or is silent. */
  decision: DecisionRef.optional(),
  note: z.string().optional(),
};

/** Where a rule applies: service ids and/or billing-code ids (codes.yaml `id`). */
export const AppliesTo = z
  .strictObject({ services: z.array(Id).optional(), codes: z.array(Id).optional() })
  .refine((a) => (a.services?.length ?? 0) + (a.codes?.length ?? 0) > 0, 'Name at least one service or code');
export type AppliesTo = z.infer<typeof AppliesTo>;
