import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Temporal } from 'temporal-polyfill';
import { Page } from '../platform/http/paging.js';
import { createMember } from './create-member.js';
import { getMember } from './get-member.js';
import { listMembers } from './list-members.js';
import { MemberDetail, MemberIdParams, MemberInput, MemberListQuery, MemberPatch, MemberSummary } from './types.js';
import { updateMember } from './update-member.js';

export interface MembersRoutesOptions {
  /** Today's calendar date in the program's time zone (care manager changes are dated by it); defaults to the server's. */
  today?: () => string;
}

const tags = ['members'];
const administrators = ['state-admin', 'aso-reviewer'] as const;

/** Members: search, the member record, and changes by state and ASO staff. Every read and change is audited. */
export const membersRoutes: FastifyPluginAsyncZod<MembersRoutesOptions> = async (app, opts) => {
  const today = () => opts.today?.() ?? Temporal.Now.plainDateISO().toString();

  app.get('/members', {
    schema: {
      tags, summary: 'Search members (name words, Medicaid id or ref); provider staff see the members their organization serves',
      querystring: MemberListQuery, response: { 200: Page(MemberSummary) },
    },
  }, async (req) => listMembers(app.db, req.caller, req.query));

  app.get('/members/:id', {
    schema: { tags, summary: 'The member record: eligibility, enrollments, care manager, plan lines, authorizations', params: MemberIdParams, response: { 200: MemberDetail } },
  }, async (req, reply) => {
    const result = await getMember(app.db, req.caller, req.params.id);
    return result.ok ? result.value : reply.problem(result.problem);
  });

  app.post('/members', {
    schema: { tags, summary: 'Add a member', body: MemberInput, response: { 201: MemberDetail } },
    config: { roles: administrators },
  }, async (req, reply) => {
    const result = await createMember(app.db, req.caller, req.body, { today: today() });
    return result.ok ? reply.code(201).send(result.value) : reply.problem(result.problem);
  });

  app.patch('/members/:id', {
    schema: { tags, summary: 'Change a member; a list sent replaces the list', params: MemberIdParams, body: MemberPatch, response: { 200: MemberDetail } },
    config: { roles: administrators },
  }, async (req, reply) => {
    const result = await updateMember(app.db, req.caller, req.params.id, req.body, { today: today() });
    return result.ok ? result.value : reply.problem(result.problem);
  });
};
