import { z } from 'zod';

/**
 * One payment cycle to one payee, as an X12 835 (005010X221A1) carries it: who pays whom, when and how, each claim
 * with its lines and adjustments, and provider-level adjustments. The adjudication pipeline produces it; write835
 * renders it, read835 reads it back, and its JSON is the API's remittance.
 */
const IsoDate = z.iso.date('Expected a date YYYY-MM-DD');
/** Signed: a reversal (status 22) carries negative amounts. */
const Money = z.string().regex(/^-?\d{1,10}(\.\d{1,2})?$/, 'Expected an amount like "125.00"');
const Carc = z.string().regex(/^[A-Z0-9]{1,5}$/, 'Expected a claim adjustment reason code like "45"');

export const Adjustment = z.strictObject({
  /** CO contractual, PR patient responsibility, OA other, PI payer initiated, CR correction/reversal. */
  group: z.enum(['CO', 'PR', 'OA', 'PI', 'CR']),
  code: Carc,
  amount: Money,
  units: z.number().optional(),
});
export type Adjustment = z.infer<typeof Adjustment>;

export const RemittanceLine = z.strictObject({
  /** HCPCS code and modifiers as billed, echoed in SVC01. */
  code: z.string().regex(/^[A-Z0-9]{5}$/, 'Expected a HCPCS/CPT code'),
  modifiers: z.array(z.string().regex(/^[A-Z0-9]{2}$/)).max(4).default([]),
  /** Units paid (SVC05). */
  units: z.number().nonnegative(),
  chargeAmount: Money,
  paidAmount: Money,
  /** AMT*B6. */
  allowedAmount: Money.optional(),
  serviceDate: IsoDate,
  serviceDateTo: IsoDate.optional(),
  /** REF*6R: the provider's line control number (837 REF*6R / LX01) so the provider can match the line. */
  lineControlNumber: z.string().max(50).optional(),
  adjustments: z.array(Adjustment).default([]),
  /** LQ*HE remittance advice remark codes (RARC). */
  remarkCodes: z.array(z.string().regex(/^[A-Z0-9]{1,5}$/)).default([]),
});
export type RemittanceLine = z.infer<typeof RemittanceLine>;

export const RemittanceClaim = z.strictObject({
  /** CLP01: the provider's CLM01. */
  patientControlNumber: z.string().min(1).max(38),
  /** CLP02: 1 processed as primary, 4 denied, 22 reversal of a previous payment. */
  status: z.enum(['1', '2', '3', '4', '19', '20', '21', '22', '23']),
  chargeAmount: Money,
  paidAmount: Money,
  /** CLP07: the payer's claim id (what a replacement or void quotes in REF*F8). */
  payerClaimId: z.string().min(1).max(50),
  member: z.strictObject({ medicaidId: z.string().min(1).max(80), lastName: z.string().optional(), firstName: z.string().optional() }),
  /** Claim-level CAS (adjustments not tied to one line). */
  adjustments: z.array(Adjustment).default([]),
  lines: z.array(RemittanceLine).default([]),
});
export type RemittanceClaim = z.infer<typeof RemittanceClaim>;

export const ProviderAdjustment = z.strictObject({
  /** PLB03-1, e.g. WO overpayment recovery, FB forwarding balance, L6 interest, 72 authorized return. */
  reason: z.string().regex(/^[A-Z0-9]{2}$/),
  /** PLB03-2: what it refers to, e.g. the payer claim id being recovered. */
  reference: z.string().max(50).optional(),
  /** Positive reduces the payment (a recovery); negative increases it (interest). */
  amount: Money,
});
export type ProviderAdjustment = z.infer<typeof ProviderAdjustment>;

const Address = z.strictObject({ line1: z.string(), city: z.string(), state: z.string().length(2), zip: z.string() });

export const Remittance = z.strictObject({
  payer: z.strictObject({
    name: z.string().min(1),
    /** TRN03: "1" followed by the payer's EIN (10 characters). */
    id: z.string().regex(/^\d{10}$/, 'Expected "1" + the payer EIN, 10 digits'),
    address: Address.optional(),
    /** 1000A PER*BL, the payer's technical contact: TE phone, EM email, UR web address (at least one). */
    contact: z.strictObject({ name: z.string().optional(), phone: z.string().optional(), email: z.string().optional(), url: z.string().optional() }).optional(),
  }),
  payee: z.strictObject({
    name: z.string().min(1),
    npi: z.string().regex(/^\d{10}$/).optional(),
    taxId: z.string().optional(),
    address: Address.optional(),
  }),
  /** BPR16: the effective payment date. */
  paymentDate: IsoDate,
  /** BPR04: ACH (EFT), CHK (paper check) or NON (no payment: everything denied or offset). */
  paymentMethod: z.enum(['ACH', 'CHK', 'NON']),
  /** BPR05–BPR15 for ACH: the payer's and payee's bank routing (DFI) and account numbers. */
  eft: z.strictObject({ payerDfi: z.string(), payerAccount: z.string(), payeeDfi: z.string(), payeeAccount: z.string() }).optional(),
  /** TRN02: the check or EFT trace number; it ties the remittance to the money. */
  traceNumber: z.string().min(1).max(50),
  claims: z.array(RemittanceClaim),
  /** PLB: adjustments to the payee, not to any claim in this remittance. */
  providerAdjustments: z.array(ProviderAdjustment).default([]),
  /** PLB02: the payee's fiscal period end the PLB applies to (defaults to Dec 31 of the payment year). */
  fiscalPeriodEnd: IsoDate.optional(),
});
export type Remittance = z.infer<typeof Remittance>;
