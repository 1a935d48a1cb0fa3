import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Temporal } from 'temporal-polyfill';
import { Page } from '../platform/http/paging.js';
import { problems } from '../platform/http/problems.js';
import { createOrganization } from './create-organization.js';
import { createStaff } from './create-staff.js';
import { createTeam } from './create-team.js';
import { loadOrganization, loadSite, loadStaff, loadTeam, searchOrganizations, searchSites, searchStaff, searchTeams, type TeamContext } from './store.js';
import type { TeamStageMonths } from './team-stage.js';
import {
  IdParams, OrganizationDetail, OrganizationInput, OrganizationListQuery, OrganizationPatch, OrganizationSummary, SiteListQuery,
  SiteView, StaffInput, StaffListQuery, StaffPatch, StaffView, TeamInput, TeamListQuery, TeamPatch, TeamView,
} from './types.js';
import { updateOrganization } from './update-organization.js';
import { updateStaff } from './update-staff.js';
import { updateTeam } from './update-team.js';

export interface NetworkRoutesOptions {
  /** Months a team of a program stays new (the pack's team-stage rule); absent: teams have no stage. */
  teamStageMonths?: TeamStageMonths;
  /** Today's calendar date in the program's time zone; defaults to the server's. */
  today?: () => string;
}

const tags = ['network'];
const administrators = ['state-admin', 'aso-reviewer'] as const;
const managers = ['state-admin', 'aso-reviewer', 'provider-staff'] as const;

/** Organizations, sites, teams and staff. Directory lists are open to every signed-in role; detail is scoped in the store. */
export const networkRoutes: FastifyPluginAsyncZod<NetworkRoutesOptions> = async (app, opts) => {
  const context = (): TeamContext => ({
    today: opts.today?.() ?? Temporal.Now.plainDateISO().toString(),
    stageMonths: opts.teamStageMonths ?? (() => undefined),
  });

  app.get('/organizations', {
    schema: { tags, summary: 'Search the organization directory (name, NPI or ref)', querystring: OrganizationListQuery, response: { 200: Page(OrganizationSummary) } },
  }, async (req) => searchOrganizations(app.db, req.query));

  app.get('/organizations/:id', {
    schema: { tags, summary: 'An organization with enrollments, sites, teams (provider staff: their own only)', params: IdParams, response: { 200: OrganizationDetail } },
  }, async (req, reply) => (await loadOrganization(app.db, req.caller, req.params.id)) ?? reply.problem(problems.notFound('Organization', req.params.id)));

  app.post('/organizations', {
    schema: { tags, summary: 'Add an organization', body: OrganizationInput, response: { 201: OrganizationDetail } },
    config: { roles: administrators },
  }, async (req, reply) => {
    const result = await createOrganization(app.db, req.caller, req.body);
    return result.ok ? reply.code(201).send(result.value) : reply.problem(result.problem);
  });

  app.patch('/organizations/:id', {
    schema: { tags, summary: 'Change an organization; a list sent replaces the list', params: IdParams, body: OrganizationPatch, response: { 200: OrganizationDetail } },
    config: { roles: administrators },
  }, async (req, reply) => {
    const result = await updateOrganization(app.db, req.caller, req.params.id, req.body);
    return result.ok ? result.value : reply.problem(result.problem);
  });

  app.get('/sites', {
    schema: { tags, summary: 'Search service sites (name, city or ref; filter by organization or county)', querystring: SiteListQuery, response: { 200: Page(SiteView) } },
  }, async (req) => searchSites(app.db, req.query));

  app.get('/sites/:id', {
    schema: { tags, summary: 'A service site', params: IdParams, response: { 200: SiteView } },
  }, async (req, reply) => (await loadSite(app.db, req.params.id)) ?? reply.problem(problems.notFound('Site', req.params.id)));

  app.get('/teams', {
    schema: { tags, summary: 'Search teams with caseload, stage and fidelity (provider staff: their own)', querystring: TeamListQuery, response: { 200: Page(TeamView) } },
  }, async (req) => searchTeams(app.db, req.caller, req.query, context()));

  app.get('/teams/:id', {
    schema: { tags, summary: 'A team with caseload, stage and fidelity history', params: IdParams, response: { 200: TeamView } },
  }, async (req, reply) => (await loadTeam(app.db, req.caller, req.params.id, context())) ?? reply.problem(problems.notFound('Team', req.params.id)));

  app.post('/teams', {
    schema: { tags, summary: 'Add a team (provider staff: to their own organization)', body: TeamInput, response: { 201: TeamView } },
    config: { roles: managers },
  }, async (req, reply) => {
    const result = await createTeam(app.db, req.caller, req.body, context());
    return result.ok ? reply.code(201).send(result.value) : reply.problem(result.problem);
  });

  app.patch('/teams/:id', {
    schema: { tags, summary: 'Change a team; fidelity sent replaces the history', params: IdParams, body: TeamPatch, response: { 200: TeamView } },
    config: { roles: managers },
  }, async (req, reply) => {
    const result = await updateTeam(app.db, req.caller, req.params.id, req.body, context());
    return result.ok ? result.value : reply.problem(result.problem);
  });

  app.get('/staff', {
    schema: { tags, summary: 'Search staff with credentials (provider staff: their own organization)', querystring: StaffListQuery, response: { 200: Page(StaffView) } },
  }, async (req) => searchStaff(app.db, req.caller, req.query));

  app.get('/staff/:id', {
    schema: { tags, summary: 'A staff member with credentials', params: IdParams, response: { 200: StaffView } },
  }, async (req, reply) => (await loadStaff(app.db, req.caller, req.params.id)) ?? reply.problem(problems.notFound('Staff member', req.params.id)));

  app.post('/staff', {
    schema: { tags, summary: 'Add a staff member (provider staff: to their own organization)', body: StaffInput, response: { 201: StaffView } },
    config: { roles: managers },
  }, async (req, reply) => {
    const result = await createStaff(app.db, req.caller, req.body);
    return result.ok ? reply.code(201).send(result.value) : reply.problem(result.problem);
  });

  app.patch('/staff/:id', {
    schema: { tags, summary: 'Change a staff member; credentials sent replace the list', params: IdParams, body: StaffPatch, response: { 200: StaffView } },
    config: { roles: managers },
  }, async (req, reply) => {
    const result = await updateStaff(app.db, req.caller, req.params.id, req.body);
    return result.ok ? result.value : reply.problem(result.problem);
  });
};
