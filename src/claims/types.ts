import { z } from 'zod';
import { ClaimSubmission } from './submission.js';

/** What crosses the claims module's HTTP edge (besides the intake contract in submission.ts). */

export const ClaimLineReceipt = z.object({
  lineNumber: z.number().int(),
  status: z.string(),
  allowedAmount: z.string(),
  paidAmount: z.string(),
  paidUnits: z.number(),
  reasons: z.array(z.string()),
});

export const ClaimReceipt = z.object({
  claimId: z.string(),
  submissionKey: z.string(),
  patientControlNumber: z.string(),
  /** True when the key had been submitted before: the existing claim is returned and nothing is paid again. */
  duplicate: z.boolean(),
  status: z.string(),
  memberId: z.string().nullable(),
  totalCharge: z.string(),
  totalAllowed: z.string(),
  totalPaid: z.string(),
  lines: z.array(ClaimLineReceipt),
});
export type ClaimReceipt = z.infer<typeof ClaimReceipt>;

export const SubmitClaimsBody = z.union([ClaimSubmission, z.object({ claims: z.array(z.unknown()).min(1).max(5000) })]);

export const SubmitClaimsResult = z.object({
  accepted: z.number().int(),
  duplicates: z.number().int(),
  claims: z.array(ClaimReceipt),
});
export type SubmitClaimsResult = z.infer<typeof SubmitClaimsResult>;

export const ClaimListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  memberId: z.string().optional(),
  organizationId: z.string().optional(),
  status: z.string().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(25),
});
export type ClaimListQuery = z.infer<typeof ClaimListQuery>;

export const ClaimSummary = z.object({
  id: z.string(), program: z.string(), patientControlNumber: z.string(), submissionKey: z.string(), frequency: z.string(),
  memberId: z.string().nullable(), medicaidId: z.string(), billingOrganizationId: z.string().nullable(), billingNpi: z.string(),
  receivedOn: z.string(), firstServiceDate: z.string().nullable(), totalCharge: z.string(), totalAllowed: z.string(), totalPaid: z.string(),
  status: z.string(), lineCount: z.number().int(),
});
export type ClaimSummary = z.infer<typeof ClaimSummary>;

export const ReasonView = z.object({
  edit: z.string(), outcome: z.string(), reason: z.string(),
  carc: z.object({ group: z.string(), code: z.string() }).nullable(), rarc: z.string().nullable(), text: z.string().nullable(),
  rule: z.object({ id: z.string(), source: z.unknown().nullable(), decision: z.string().optional() }),
  saw: z.record(z.string(), z.unknown()),
});
export type ReasonView = z.infer<typeof ReasonView>;

export const ClaimLineView = z.object({
  id: z.string(), lineNumber: z.number().int(), serviceDate: z.string(), serviceDateTo: z.string().nullable(), code: z.string(),
  modifiers: z.array(z.string()), units: z.number(), minutes: z.number().nullable(), placeOfService: z.string(),
  groupSize: z.number().nullable(), residents: z.number().nullable(),
  renderingNpi: z.string().nullable(), renderingStaffId: z.string().nullable(), status: z.string(), chargeAmount: z.string(),
  allowedAmount: z.string(), paidAmount: z.string(), paidUnits: z.number(), codeId: z.string().nullable(), service: z.string().nullable(),
  rateId: z.string().nullable(), reasons: z.array(ReasonView), trace: z.unknown(), remittanceId: z.string().nullable(),
});

export const ClaimDetail = ClaimSummary.extend({
  originalClaimId: z.string().nullable(), organizationName: z.string().nullable(), lines: z.array(ClaimLineView),
});
export type ClaimDetail = z.infer<typeof ClaimDetail>;

export const RemittanceSummary = z.object({
  id: z.string(), paymentCycleId: z.string(), organizationId: z.string(), organizationName: z.string().nullable(), payeeNpi: z.string(),
  claimCount: z.number().int(), lineCount: z.number().int(), totalBilled: z.string(), totalPaid: z.string(), totalRecouped: z.string(),
  netPayment: z.string(), createdAt: z.string(), runOn: z.string(),
});
export type RemittanceSummary = z.infer<typeof RemittanceSummary>;

export const PaymentCycleResult = z.object({
  id: z.string(), runOn: z.string(), lineCount: z.number().int(), totalPaid: z.string(), remittances: z.array(RemittanceSummary),
});
export type PaymentCycleResult = z.infer<typeof PaymentCycleResult>;
