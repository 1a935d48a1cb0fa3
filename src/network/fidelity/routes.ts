import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import type { Catalogs } from '../../catalog/index.js';
import { seesAllOrganizations } from '../../platform/auth/caller.js';
import { problems } from '../../platform/http/problems.js';
import { closeFidelityReview, type OnReviewClosed } from './close-fidelity-review.js';
import { computeFidelityLevel } from './compute-fidelity-level.js';
import { findInstrument, findScale } from './find-instrument.js';
import { recordFidelityReview } from './record-fidelity-review.js';
import { recordScaleReview } from './record-scale-review.js';
import { scoreItemScale } from './score-item-scale.js';
import { organizationScaleReviews, scaleReviewView, visibleTeam } from './store.js';
import { teamFidelityHistory } from './team-fidelity-history.js';
import {
  CloseFidelityReview, FidelityPreview, FidelityPreviewInput, FidelityReviewInput, FidelityReviewView, ReviewIdParams, ScalePreview,
  ScalePreviewInput, ScaleReviewInput, ScaleReviewListQuery, ScaleReviewView, TeamFidelityView, TeamIdParams,
} from './types.js';

export interface FidelityRoutesOptions {
  catalogs: Catalogs;
  /** Today's calendar date in the program's time zone; defaults to the server's. */
  today?: () => string;
  /** Runs in the closing transaction of an information request (the app re-adjudicates the team's pended lines). */
  onReviewClosed?: OnReviewClosed;
}

const tags = ['fidelity'];
const reviewers = ['state-admin', 'aso-reviewer'] as const;

/** Team fidelity reviews (levels, pends, cures) and item-scale reviews: reviewers write, provider staff read their own. */
export const fidelityRoutes: FastifyPluginAsyncZod<FidelityRoutesOptions> = async (app, opts) => {
  const today = () => opts.today?.() ?? Temporal.Now.plainDateISO().toString();
  const instrumentOf = (teamProgram: string) => findInstrument(opts.catalogs, { teamProgram });
  const instrumentById = (id: string) => findInstrument(opts.catalogs, { id });
  const scaleOf = (id: string) => findScale(opts.catalogs, id);

  app.get('/teams/:id/fidelity', {
    schema: { tags, summary: 'A team\'s fidelity levels, reviews and billing consequences as of today', params: TeamIdParams, response: { 200: TeamFidelityView } },
  }, async (req, reply) => (await teamFidelityHistory(app.db, req.caller, req.params.id, today(), instrumentOf)) ?? reply.problem(problems.notFound('Team', req.params.id)));

  app.get('/teams/:id/fidelity-reviews', {
    schema: { tags, summary: 'A team\'s fidelity reviews, newest first', params: TeamIdParams, response: { 200: z.object({ items: z.array(FidelityReviewView) }) } },
  }, async (req, reply) => {
    const view = await teamFidelityHistory(app.db, req.caller, req.params.id, today(), instrumentOf);
    return view ? { items: view.reviews } : reply.problem(problems.notFound('Team', req.params.id));
  });

  app.post('/teams/:id/fidelity-reviews', {
    schema: { tags, summary: 'Record a full fidelity review (computes the level) or open an information request (billing pends)', params: TeamIdParams, body: FidelityReviewInput, response: { 201: FidelityReviewView } },
    config: { roles: reviewers },
  }, async (req, reply) => {
    const result = await recordFidelityReview(app.db, req.caller, req.params.id, req.body, instrumentOf);
    return result.ok ? reply.code(201).send(result.value) : reply.problem(result.problem);
  });

  app.post('/fidelity-reviews/:id/close', {
    schema: { tags, summary: 'Close an information request: cured keeps the level, not cured in time reverts it', params: ReviewIdParams, body: CloseFidelityReview, response: { 200: FidelityReviewView } },
    config: { roles: reviewers },
  }, async (req, reply) => {
    const result = await closeFidelityReview(app.db, req.caller, req.params.id, req.body, instrumentById, opts.onReviewClosed);
    return result.ok ? result.value : reply.problem(result.problem);
  });

  app.post('/fidelity/preview', {
    schema: { tags, summary: 'The level a set of scores reaches and every threshold check (nothing is saved)', body: FidelityPreviewInput, response: { 200: FidelityPreview } },
  }, async (req, reply) => {
    const team = req.body.teamId ? await visibleTeam(app.db, req.caller, req.body.teamId) : null;
    if (req.body.teamId && !team) return reply.problem(problems.notFound('Team', req.body.teamId));
    const instrument = team ? instrumentOf(team.program) : instrumentById(req.body.instrument ?? '');
    if (!instrument) return reply.problem(problems.validation([{ path: 'instrument', message: 'No such fidelity instrument' }]));
    const outcome = computeFidelityLevel(instrument, { overall: req.body.overall, subscales: req.body.scores }, { isNewTeam: req.body.isNewTeam });
    return { instrument: instrument.id, level: { id: outcome.level.id, name: outcome.level.name, rank: outcome.level.rank }, checks: outcome.checks };
  });

  app.get('/organizations/:id/scale-reviews', {
    schema: { tags, summary: 'An organization\'s item-scale reviews over time (provider staff: their own)', params: TeamIdParams, querystring: ScaleReviewListQuery, response: { 200: z.object({ items: z.array(ScaleReviewView) }) } },
  }, async (req, reply) => {
    if (!seesAllOrganizations(req.caller) && req.caller.organizationId !== req.params.id) return reply.problem(problems.notFound('Organization', req.params.id));
    const rows = await organizationScaleReviews(app.db, req.params.id, req.query);
    return { items: rows.map((r) => scaleReviewView(r, scaleOf(r.scale)?.scale.bands.find((b) => b.id === r.band)?.name ?? null)) };
  });

  app.post('/organizations/:id/scale-reviews', {
    schema: { tags, summary: 'Record an item-scale review (every item rated): total and band', params: TeamIdParams, body: ScaleReviewInput, response: { 201: ScaleReviewView } },
    config: { roles: reviewers },
  }, async (req, reply) => {
    const result = await recordScaleReview(app.db, req.caller, req.params.id, req.body, scaleOf);
    return result.ok ? reply.code(201).send(result.value) : reply.problem(result.problem);
  });

  app.get('/fidelity/scales', {
    schema: { tags, summary: 'The item scales of the loaded policy (items with anchors, bands) for review forms' },
  }, async () => ({ items: opts.catalogs.list().flatMap((c) => c.pack.scales.map((scale) => ({ program: c.program, ...scale }))) }));

  app.post('/fidelity/scale-preview', {
    schema: { tags, summary: 'The total and band of item ratings so far (nothing is saved)', body: ScalePreviewInput, response: { 200: ScalePreview } },
  }, async (req, reply) => {
    const found = scaleOf(req.body.scale);
    if (!found) return reply.problem(problems.validation([{ path: 'scale', message: 'No such scale' }]));
    const score = scoreItemScale(found.scale, req.body.ratings);
    if (score.ok) return { total: score.total, rated: score.rated, band: score.band, errors: [] };
    const rated = found.scale.items.filter((i) => Number.isInteger(req.body.ratings[i.id]) && String(req.body.ratings[i.id]) in i.anchors);
    return { total: rated.reduce((t, i) => t + req.body.ratings[i.id]!, 0), rated: rated.length, band: null, errors: score.errors };
  });
};
