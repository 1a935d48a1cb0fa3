import { z } from 'zod';
import { Citation, Id, Source } from './common.js';

/**
 * A policy decision: where the source contradicts itself (`contradiction`) or is silent/ambiguous (`open-question`),
 * the value in force, the alternatives with their citations, and why. Rules name it in their `decision` field.
 */
export const Decision = z.strictObject({
  id: z.string().regex(/^D-\d{2,3}$/),
  title: z.string(),
  kind: z.enum(['contradiction', 'open-question']),
  /** The digest's reference (C1…, P1…) for traceability. */
  digestRef: z.string().optional(),
  inForce: z.string(),
  alternatives: z.array(z.strictObject({ text: z.string(), source: Source.optional() })).min(1),
  reason: z.string(),
  sources: z.array(Citation).min(1),
  /** Pack entry ids this decision sets. */
  affects: z.array(Id).default([]),
  decidedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  status: z.enum(['in-force', 'proposed', 'superseded']).default('in-force'),
});
export type Decision = z.infer<typeof Decision>;

/** A claim-adjustment reason: X12 CARC group and code, optional RARC, and words a billing clerk understands. */
export const ReasonCode = z.strictObject({
  id: Id,
  carc: z.strictObject({ group: z.enum(['CO', 'PR', 'OA', 'PI', 'CR']), code: z.string() }),
  rarc: z.string().optional(),
  outcome: z.enum(['deny', 'reduce', 'pend']),
  text: z.string(),
});
export type ReasonCode = z.infer<typeof ReasonCode>;
