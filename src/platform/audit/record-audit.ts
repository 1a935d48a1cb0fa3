import { sql } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import type { Caller } from '../auth/caller.js';

export type AuditAction = 'read' | 'list' | 'create' | 'update' | 'delete' | 'import' | 'sign-in' | 'sign-out' | 'sign-in-failed' | 'export';

export interface AuditEvent {
  action: AuditAction;
  /** Table-like noun: member, organization, authorization, plan, import … */
  entity: string;
  entityId?: string | null;
  /** Set whenever the event touches a member's data, so a member's access history is one query. */
  memberId?: string | null;
  /** Identifiers and counts only — never PHI such as names or birth dates. */
  detail?: Record<string, unknown>;
}

/** Appends audit events in the caller's transaction, so the record and the change commit or fail together. */
export async function recordAudit(tx: Db, caller: Caller, events: AuditEvent | AuditEvent[]): Promise<void> {
  const list = Array.isArray(events) ? events : [events];
  if (list.length === 0) return;
  // Five arrays however many events: a bulk claim load writes thousands in one statement.
  const col = <T>(f: (e: AuditEvent) => T) => sql.param(list.map(f));
  await tx.execute(sql`insert into audit_events
    (actor_user_id, actor_role, actor_organization_id, action, entity, entity_id, member_id, ip, detail)
    select ${caller.userId}, ${caller.role}, ${caller.organizationId}, action, entity, entity_id, member_id, ${caller.ip ?? null}, detail::jsonb
    from unnest(${col((e) => e.action)}::text[], ${col((e) => e.entity)}::text[], ${col((e) => e.entityId ?? null)}::text[],
      ${col((e) => e.memberId ?? null)}::text[], ${col((e) => (e.detail ? JSON.stringify(e.detail) : null))}::text[]) as d(action, entity, entity_id, member_id, detail)`);
}
