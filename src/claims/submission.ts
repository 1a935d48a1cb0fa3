import { z } from 'zod';

/**
 * A claim as it arrives — over the JSON API, or mapped from an X12 837P claim (loop 2300 and its 2400 lines).
 * This is the one intake contract: the X12 mapper produces it, the pipeline consumes it.
 */
const IsoDate = z.iso.date('Expected a date YYYY-MM-DD');
const Money = z.string().regex(/^\d{1,10}(\.\d{1,2})?$/, 'Expected an amount like "125.00"');
const Npi = z.string().regex(/^\d{10}$/, 'Expected a 10-digit NPI');

export const ClaimLineSubmission = z.strictObject({
  /** 1-based line number as billed (LX01). */
  lineNumber: z.number().int().positive(),
  /** Date of service (DTP*472); a from–to span only for per-diem/monthly codes that allow one. */
  serviceDate: IsoDate,
  serviceDateTo: IsoDate.optional(),
  /** HCPCS code and up to four modifiers, as billed (SV101-2 … SV101-6). */
  code: z.string().regex(/^[A-Z]\d{4}$/, 'Expected a HCPCS code like H0036'),
  modifiers: z.array(z.string().regex(/^[A-Z0-9]{2}$/, 'Expected a two-character modifier')).max(4).default([]),
  /** Billed quantity (SV104) and its basis (SV103): UN = units, MJ = minutes. */
  quantity: z.number().positive(),
  quantityBasis: z.enum(['UN', 'MJ']).default('UN'),
  /** Minutes of face-to-face service delivered, where known (timed units, the 8-minute rule, per-diem contacts). */
  minutes: z.number().int().nonnegative().optional(),
  /** CMS place-of-service code (SV105, else the claim's CLM05-1). */
  placeOfService: z.string().regex(/^\d{2}$/, 'Expected a two-digit place-of-service code'),
  chargeAmount: Money,
  /** Rendering practitioner (2420A, else 2310B). */
  renderingNpi: Npi.optional(),
  /** Members served together in a group service (HQ/UN/UP/UQ lines), where the provider reports it. */
  groupSize: z.number().int().positive().optional(),
  /** Residents in the home (residential tiers priced by home size), where reported. */
  residents: z.number().int().positive().optional(),
});
export type ClaimLineSubmission = z.infer<typeof ClaimLineSubmission>;

export const ClaimSubmission = z.strictObject({
  /** Policy pack id the claim is billed under. */
  program: z.string().min(1),
  /** Idempotency: the same key from the same billing provider never creates a second claim. */
  submissionKey: z.string().min(1).max(80),
  /** Patient control number (CLM01). */
  patientControlNumber: z.string().min(1).max(38),
  /** CLM05-3: 1 original, 7 replacement, 8 void. */
  frequency: z.enum(['1', '7', '8']).default('1'),
  /** For 7 and 8: the payer claim id being replaced or voided (REF*F8). */
  originalClaimId: z.string().optional(),
  billingProvider: z.strictObject({ npi: Npi, taxId: z.string().optional() }),
  member: z.strictObject({ medicaidId: z.string().min(1).max(20), birthDate: IsoDate.optional(), lastName: z.string().optional(), firstName: z.string().optional() }),
  /** Total charge (CLM02); must equal the sum of the lines. */
  totalCharge: Money,
  /** The day the payer received the claim (timely filing counts from here); defaults to today. */
  receivedOn: IsoDate.optional(),
  lines: z.array(ClaimLineSubmission).min(1).max(50),
});
export type ClaimSubmission = z.infer<typeof ClaimSubmission>;
