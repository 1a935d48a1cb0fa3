import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { offsetOf, Page, PageQuery } from '../http/paging.js';

const AuditEventView = z.object({
  id: z.string(), at: z.string(), actorUserId: z.string().nullable(), actorRole: z.string(),
  actorOrganizationId: z.string().nullable(), action: z.string(), entity: z.string(),
  entityId: z.string().nullable(), memberId: z.string().nullable(), ip: z.string().nullable(),
  detail: z.unknown().nullable(),
});

/** The audit trail for auditors and state administrators: who read or changed what, when, from where. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/audit-events', {
    schema: {
      tags: ['platform'], summary: 'Search the append-only audit log (newest first)',
      querystring: PageQuery.extend({
        memberId: z.string().optional(), entity: z.string().optional(), entityId: z.string().optional(),
        actorUserId: z.string().optional(), action: z.string().optional(),
      }),
      response: { 200: Page(AuditEventView) },
    },
    config: { roles: ['state-admin', 'auditor'] },
  }, async (req) => {
    const q = req.query;
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (column: string, value: string | undefined) => {
      if (value === undefined) return;
      params.push(value);
      where.push(`${column} = $${params.length}`);
    };
    add('member_id', q.memberId); add('entity', q.entity); add('entity_id', q.entityId);
    add('actor_user_id', q.actorUserId); add('action', q.action);
    const clause = where.length ? `where ${where.join(' and ')}` : '';
    const [{ n }] = await app.database.query<{ n: string }>(`select count(*) as n from audit_events ${clause}`, params) as [{ n: string }];
    const rows = await app.database.query<Record<string, unknown>>(
      `select id::text, at, actor_user_id, actor_role, actor_organization_id, action, entity, entity_id, member_id, ip, detail
       from audit_events ${clause} order by id desc limit ${q.pageSize} offset ${offsetOf(q)}`, params);
    return {
      total: Number(n), page: q.page, pageSize: q.pageSize,
      items: rows.map((r) => ({
        id: String(r.id), at: new Date(r.at as string).toISOString(), actorUserId: (r.actor_user_id as string) ?? null,
        actorRole: r.actor_role as string, actorOrganizationId: (r.actor_organization_id as string) ?? null,
        action: r.action as string, entity: r.entity as string, entityId: (r.entity_id as string) ?? null,
        memberId: (r.member_id as string) ?? null, ip: (r.ip as string) ?? null, detail: r.detail ?? null,
      })),
    };
  });
};
