import type { ProviderType } from '../../catalog/index.js';

export interface PacketItem {
  itemKind: 'requirement' | 'role';
  requirementId: string;
  kind: string;
  text: string;
}

/**
 * The checklist an applicant answers: every requirement of the provider type that applies to the application's
 * kinds (a requirement with `when` only when the applicant declared that kind), then every staff role.
 */
export function buildPacket(type: ProviderType, applicationKinds: readonly string[]): PacketItem[] {
  const requirements = type.requirements
    .filter((r) => r.when === undefined || applicationKinds.includes(r.when))
    .map((r): PacketItem => ({ itemKind: 'requirement', requirementId: r.id, kind: r.kind, text: r.text }));
  const roles = type.roles.map((role): PacketItem => ({
    itemKind: 'role', requirementId: role.id, kind: 'staffing',
    text: `${role.name}${role.required ? '' : ' (optional)'}: ${role.qualifiedBy.map((path) => path.map((q) => q.text).join(' + ')).join(' OR ')}`,
  }));
  return [...requirements, ...roles];
}

/** The `when` conditions of a provider type's requirements: the kinds of application it distinguishes. */
export function applicationKindsOf(type: ProviderType): string[] {
  return [...new Set(type.requirements.flatMap((r) => (r.when ? [r.when] : [])))];
}
