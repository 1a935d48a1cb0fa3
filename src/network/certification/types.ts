import { z } from 'zod';
import { PageQuery } from '../../platform/http/paging.js';

/** What crosses the HTTP edge for certification: applications, their items, staff, documents, decisions, re-verification. */

const IsoDate = z.iso.date('Expected a date YYYY-MM-DD');
const Id = z.string().min(1).max(64);
const Text = z.string().trim().min(1).max(200);
const Note = z.string().trim().min(1).max(4000);

/** Largest decoded document accepted (JSON with base64 content: multipart is not installed). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export const ApplicationStatus = z.enum(['draft', 'submitted', 'needs-info', 'approved', 'provisional', 'denied']);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;
export const ItemStatus = z.enum(['pending', 'met', 'not-met', 'needs-info', 'waived']);
export type ItemStatus = z.infer<typeof ItemStatus>;

export const ApplicationInput = z.object({
  program: Text,
  providerType: Text,
  /** State and ASO staff name the organization; provider staff apply for their own. */
  organizationId: Id.optional(),
  /** Which conditional (`when`) requirements apply, e.g. "interim certification", "not accredited". */
  applicationKinds: z.array(Text).max(10).default([]),
  projectedClients: z.number().int().min(0).max(100000).nullish(),
});
export type ApplicationInput = z.infer<typeof ApplicationInput>;

export const NamedStaff = z.object({
  roleId: Text, staffId: Id,
  fte: z.number().min(0).max(10).nullish(),
  hoursPerWeek: z.number().min(0).max(168).nullish(),
});
export type NamedStaff = z.infer<typeof NamedStaff>;

export const ApplicationPatch = z.object({
  projectedClients: z.number().int().min(0).max(100000).nullish(),
  /** The provider's answer per checklist item (how the agency meets or plans to meet it). */
  items: z.array(z.object({ id: Id, providerNote: z.string().trim().max(4000).nullable() })).max(500).optional(),
  /** Staff named for roles; a list sent replaces the list. */
  staff: z.array(NamedStaff).max(500).optional(),
});
export type ApplicationPatch = z.infer<typeof ApplicationPatch>;

export const DocumentUpload = z.object({
  name: z.string().trim().min(1).max(255),
  contentType: z.string().trim().min(1).max(100).regex(/^[\w.+-]+\/[\w.+-]+$/, 'Expected a media type like application/pdf'),
  /** The file's bytes, base64-encoded; at most 5 MB decoded. */
  contentBase64: z.string().min(1).max(Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4 + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Expected base64'),
  itemId: Id.nullish(),
});
export type DocumentUpload = z.infer<typeof DocumentUpload>;

export const ItemDecision = z.object({ status: ItemStatus.exclude(['pending']), note: Note.nullish() });
export type ItemDecision = z.infer<typeof ItemDecision>;

export const InformationRequest = z.object({ note: Note, itemIds: z.array(Id).max(500).default([]) });
export type InformationRequest = z.infer<typeof InformationRequest>;

export const ApplicationDecision = z.object({
  outcome: z.enum(['approved', 'provisional', 'denied']),
  reasons: z.array(Note).max(50).default([]),
  conditions: z.array(Note).max(50).default([]),
  certifiedFrom: IsoDate.optional(),
  certifiedThrough: IsoDate.optional(),
}).refine((d) => d.outcome !== 'denied' || d.reasons.length > 0, { path: ['reasons'], message: 'A denial states its reasons' })
  .refine((d) => d.outcome !== 'provisional' || d.conditions.length > 0, { path: ['conditions'], message: 'A provisional approval states its conditions' })
  .refine((d) => !d.certifiedFrom || !d.certifiedThrough || d.certifiedThrough >= d.certifiedFrom, { path: ['certifiedThrough'], message: 'Must not be before certifiedFrom' });
export type ApplicationDecision = z.infer<typeof ApplicationDecision>;

export const Finding = z.object({
  check: z.string(), outcome: z.enum(['met', 'not-met', 'unknown']),
  rule: z.object({ id: z.string(), source: z.union([z.string(), z.array(z.string())]) }),
  saw: z.record(z.string(), z.unknown()), message: z.string(),
});

export const ApplicationItemView = z.object({
  id: z.string(), itemKind: z.enum(['requirement', 'role']), requirementId: z.string(), kind: z.string(), text: z.string(),
  status: ItemStatus, providerNote: z.string().nullable(), reviewerNote: z.string().nullable(), findings: z.array(Finding),
});
export type ApplicationItemView = z.infer<typeof ApplicationItemView>;

export const DocumentView = z.object({
  id: z.string(), itemId: z.string().nullable(), name: z.string(), contentType: z.string(), size: z.number().int(),
  sha256: z.string(), uploadedAt: z.string(),
});
export type DocumentView = z.infer<typeof DocumentView>;

export const ApplicationSummary = z.object({
  id: z.string(), organizationId: z.string(), organizationName: z.string(), program: z.string(), providerType: z.string(),
  status: ApplicationStatus, createdAt: z.string(), submittedAt: z.string().nullable(), decidedAt: z.string().nullable(),
  /** Days since submission (or creation while a draft). */
  ageDays: z.number().int(),
});
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;

export const ApplicationView = ApplicationSummary.extend({
  providerTypeName: z.string(),
  applicationKinds: z.array(z.string()),
  projectedClients: z.number().int().nullable(),
  decidedBy: z.string().nullable(),
  decisionReasons: z.array(z.string()), decisionConditions: z.array(z.string()),
  certifiedFrom: z.string().nullable(), certifiedThrough: z.string().nullable(),
  hasLetter: z.boolean(),
  roles: z.array(z.object({ id: z.string(), name: z.string(), required: z.boolean() })),
  items: z.array(ApplicationItemView),
  staff: z.array(NamedStaff.extend({ name: z.string() })),
  documents: z.array(DocumentView),
  events: z.array(z.object({ at: z.string(), actorName: z.string(), action: z.string(), note: z.string().nullable() })),
});
export type ApplicationView = z.infer<typeof ApplicationView>;

export const ApplicationListQuery = PageQuery.extend({
  status: ApplicationStatus.optional(),
  organizationId: Id.optional(),
});
export type ApplicationListQuery = z.infer<typeof ApplicationListQuery>;

export const ProviderTypeOption = z.object({
  program: z.string(), programName: z.string(), id: z.string(), name: z.string(),
  /** The `when` conditions some requirements carry: the application kinds an applicant may declare. */
  applicationKinds: z.array(z.string()),
  requirements: z.number().int(), roles: z.number().int(),
  verificationEveryMonths: z.number().int().nullable(),
});

export const ReverificationState = z.enum(['current', 'due-in-60-days', 'due-in-30-days', 'overdue', 'not-scheduled']);
export const ReverificationQuery = z.object({
  asOf: IsoDate.optional(),
  state: ReverificationState.optional(),
});
export type ReverificationQuery = z.infer<typeof ReverificationQuery>;

export const ReverificationRow = z.object({
  enrollmentId: z.string(), organizationId: z.string(), organizationName: z.string(), program: z.string(), providerType: z.string(),
  status: z.string(), lastVerifiedOn: z.string().nullable(), certifiedThrough: z.string().nullable(),
  everyMonths: z.number().int().nullable(), dueOn: z.string().nullable(), daysLeft: z.number().int().nullable(),
  state: ReverificationState,
  notices: z.array(z.object({ kind: z.string(), dueOn: z.string(), recordedOn: z.string() })),
});
export type ReverificationRow = z.infer<typeof ReverificationRow>;

export const ReverifyInput = z.object({
  verifiedOn: IsoDate.optional(),
  /** Extends the certification period too, when given. */
  certifiedThrough: IsoDate.optional(),
  note: Note.nullish(),
});
export type ReverifyInput = z.infer<typeof ReverifyInput>;

export const ReverificationRun = z.object({
  asOf: z.string(), warned: z.number().int(), lapsed: z.array(z.string()),
});
export type ReverificationRun = z.infer<typeof ReverificationRun>;

export const IdParams = z.object({ id: Id });
export const ItemParams = z.object({ id: Id, itemId: Id });
export const DocumentParams = z.object({ id: Id, documentId: Id });
export const ProviderTypeQuery = z.object({ program: Text.optional() });
