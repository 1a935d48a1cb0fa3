import { z } from 'zod';
import { PageQuery } from '../platform/http/paging.js';
import { AuthorizationView } from '../members/types.js'; // types.ts to types.ts: schemas load alone

/** What crosses the HTTP edge for authorizations. */

const IsoDate = z.iso.date('Expected a date YYYY-MM-DD');
const Id = z.string().min(1).max(64);
const Text = z.string().trim().min(1).max(200);
const Units = z.number().positive().max(1_000_000).multipleOf(0.01, 'Expected at most two decimals');

export const AuthorizationStatus = z.enum(['requested', 'pended', 'approved', 'partially-approved', 'denied', 'expired', 'cancelled']);
export type AuthorizationStatus = z.infer<typeof AuthorizationStatus>;

export { AuthorizationView };

export const AuthorizationListQuery = PageQuery.extend({
  memberId: Id.optional(), organizationId: Id.optional(), status: AuthorizationStatus.optional(), service: Text.optional(),
});
export type AuthorizationListQuery = z.infer<typeof AuthorizationListQuery>;

/** A request for an authorization; provider staff request for their own organization (organizationId may be left out). */
export const AuthorizationRequest = z.strictObject({
  ref: z.string().min(1).max(64).regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'Expected a ref of letters, digits, . _ : -').optional(),
  memberId: Id, organizationId: Id.optional(),
  program: Text, service: Text, code: Text.nullish(),
  /** For units past a limit (authorization.yaml `when: { beyondLimit }`): the limits.yaml id. */
  beyondLimit: Text.nullish(),
  mode: z.enum(['registration', 'prior-authorization', 'prior-approval']),
  units: Units, from: IsoDate, to: IsoDate.nullish(),
}).refine((r) => !r.to || r.to >= r.from, { path: ['to'], message: 'Must not be before from' });
export type AuthorizationRequest = z.infer<typeof AuthorizationRequest>;

/** A reviewer's decision: approve as requested, approve fewer units, deny, or pend for more information. */
export const AuthorizationDecision = z.strictObject({
  status: z.enum(['approved', 'partially-approved', 'denied', 'pended']),
  /** Units approved; required for a partial approval and fewer than requested. */
  units: Units.optional(),
});
export type AuthorizationDecision = z.infer<typeof AuthorizationDecision>;

export const AuthorizationIdParams = z.object({ id: Id });
