import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Page, PageQuery } from '../platform/http/paging.js';
import { listMemberPlans } from './list-member-plans.js';
import { MemberPlansParams, PlanView } from './types.js';

/** Recovery Plans of a member, read through the member scope. */
export const plansRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/members/:id/plans', {
    schema: {
      tags: ['plans'], summary: "A member's Recovery Plans with service lines, newest first",
      params: MemberPlansParams, querystring: PageQuery, response: { 200: Page(PlanView) },
    },
  }, async (req, reply) => {
    const result = await listMemberPlans(app.db, req.caller, req.params.id, req.query);
    return result.ok ? result.value : reply.problem(result.problem);
  });
};
