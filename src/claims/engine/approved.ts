/**
 * Whether an authorization's status lets it pay: approved, or approved for fewer units than asked (its `units` are the
 * units granted). Requested, pended, denied, expired and cancelled authorizations pay nothing.
 */
export function isApproved(status: string): boolean {
  return status === 'approved' || status === 'partially-approved' || status === 'active';
}
