import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import type { Catalogs } from '../catalog/index.js';
import { recordAudit } from '../platform/audit/index.js';
import { Page, PageQuery } from '../platform/http/paging.js';
import { problems } from '../platform/http/problems.js';
import { loadAdjudicator, type Adjudicate } from './adjudicator.js';
import { import837 } from './import-837.js';
import { ack999, remittance835 } from './x12-answers.js';
import { remittanceCsv } from './remittance-csv.js';
import type { RemittanceDocument } from './remittance-document.js';
import { runPaymentCycle, type Write835 } from './run-payment-cycle.js';
import { loadClaim, loadRemittance, searchClaims, searchRemittances } from './store.js';
import { submitClaims } from './submit-claims.js';
import { ClaimDetail, ClaimListQuery, ClaimSummary, PaymentCycleResult, RemittanceSummary, SubmitClaimsBody, SubmitClaimsResult } from './types.js';

export interface ClaimsRoutesOptions {
  catalogs: Catalogs;
  /** Program an 837 is billed under when the request names none (an 837 does not carry it). */
  defaultProgram?: string;
  today?: () => string;
  /** The engine; loaded from claims/engine when not given. */
  adjudicate?: Adjudicate;
  write835?: Write835;
}

const tags = ['claims'];
const IdParams = z.object({ id: z.string().min(1).max(100) });
const submitters = ['state-admin', 'aso-reviewer', 'provider-staff'] as const;

/** Claims: JSON and 837 intake, search and detail with outcomes and reasons, payment cycles and remittances. Reads are audited. */
export const claimsRoutes: FastifyPluginAsyncZod<ClaimsRoutesOptions> = async (app, opts) => {
  const today = () => opts.today?.() ?? Temporal.Now.plainDateISO().toString();
  let engine: Promise<Adjudicate> | undefined;
  const adjudicate = () => (opts.adjudicate ? Promise.resolve(opts.adjudicate) : (engine ??= loadAdjudicator()));
  if (!app.hasContentTypeParser('application/edi-x12')) {
    app.addContentTypeParser('application/edi-x12', { parseAs: 'string' }, (_req, body, done) => done(null, body));
  }

  app.post('/claims', {
    schema: { tags, summary: 'Submit one claim or { claims: [...] }; idempotent on (billing NPI, submissionKey)', body: SubmitClaimsBody, response: { 200: SubmitClaimsResult, 202: SubmitClaimsResult } },
    config: { roles: submitters },
  }, async (req, reply) => {
    const input = 'claims' in req.body ? req.body.claims : [req.body];
    const result = await submitClaims(app.db, req.caller, input, { catalogs: opts.catalogs, adjudicate: await adjudicate(), today: today() });
    if (!result.ok) return reply.problem(result.problem);
    return reply.code(result.value.accepted > 0 ? 202 : 200).send(result.value);
  });

  app.post('/claims/x12', {
    schema: {
      tags, summary: 'Submit an 837P file (text/plain or application/edi-x12): per-claim results and the 999; re-sending pays nothing twice',
      querystring: z.object({ program: z.string().optional() }), body: z.string().min(1),
    },
    config: { roles: submitters },
  }, async (req, reply) => {
    const program = req.query.program ?? opts.defaultProgram;
    if (!program || !opts.catalogs.get(program)) return reply.problem(problems.validation([{ path: 'program', message: program ? `Unknown program ${program}` : 'Required: the program the claims are billed under' }]));
    const result = await import837(app.db, req.caller, req.body, {
      catalogs: opts.catalogs, adjudicate: await adjudicate(), today: today(), program, receivedOn: today(), write999: ack999,
    });
    return result.ok ? result.value : reply.problem(result.problem);
  });

  app.get('/claims', {
    schema: { tags, summary: 'Search claims (claim id, patient control number, Medicaid id, submission key); provider staff see their own', querystring: ClaimListQuery, response: { 200: Page(ClaimSummary) } },
  }, async (req) => {
    const page = await searchClaims(app.db, req.caller, req.query);
    await recordAudit(app.db, req.caller, { action: 'list', entity: 'claim', memberId: req.query.memberId ?? null, detail: { count: page.items.length, status: req.query.status ?? null } });
    return page;
  });

  app.get('/members/:id/claims', {
    schema: { tags, summary: "A member's claim history (provider staff: their organization's claims)", params: IdParams, querystring: ClaimListQuery.omit({ memberId: true }), response: { 200: Page(ClaimSummary) } },
  }, async (req) => {
    const page = await searchClaims(app.db, req.caller, { ...req.query, memberId: req.params.id });
    await recordAudit(app.db, req.caller, { action: 'list', entity: 'claim', memberId: req.params.id, detail: { count: page.items.length } });
    return page;
  });

  app.get('/claims/:id', {
    schema: { tags, summary: 'A claim: each line with outcome, amounts, reasons (CARC/RARC, wording, rule and citation) and the trace', params: IdParams, response: { 200: ClaimDetail } },
  }, async (req, reply) => {
    const claim = await loadClaim(app.db, req.caller, opts.catalogs, req.params.id);
    if (!claim) return reply.problem(problems.notFound('Claim', req.params.id));
    await recordAudit(app.db, req.caller, { action: 'read', entity: 'claim', entityId: claim.id, memberId: claim.memberId });
    return claim;
  });

  app.post('/payment-cycles', {
    schema: { tags, summary: 'Run a payment cycle: remit every adjudicated, unremitted line per payee (835, JSON, CSV)', response: { 201: PaymentCycleResult } },
    config: { roles: ['state-admin', 'aso-reviewer'] },
  }, async (req, reply) => {
    const result = await runPaymentCycle(app.db, req.caller, { catalogs: opts.catalogs, today: today(), write835: opts.write835 ?? remittance835(opts.catalogs) });
    return result.ok ? reply.code(201).send(result.value) : reply.problem(result.problem);
  });

  app.get('/remittances', {
    schema: { tags, summary: 'Remittances, newest first; provider staff see their own', querystring: PageQuery.extend({ organizationId: z.string().optional() }), response: { 200: Page(RemittanceSummary) } },
  }, async (req) => searchRemittances(app.db, req.caller, req.query));

  app.get('/remittances/:id', {
    schema: { tags, summary: 'A remittance as JSON (default), CSV or X12 835 (?format=)', params: IdParams, querystring: z.object({ format: z.enum(['json', 'csv', '835']).default('json') }) },
  }, async (req, reply) => {
    const remittance = await loadRemittance(app.db, req.caller, req.params.id);
    if (!remittance) return reply.problem(problems.notFound('Remittance', req.params.id));
    await recordAudit(app.db, req.caller, { action: 'read', entity: 'remittance', entityId: remittance.id, detail: { format: req.query.format } });
    const doc = remittance.document as RemittanceDocument;
    if (req.query.format === 'csv') {
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="remittance-${remittance.id}.csv"`).send(remittanceCsv(doc));
    }
    if (req.query.format === '835') {
      if (!remittance.x12) return reply.problem(problems.notFound('835 file', remittance.id));
      return reply.type('application/edi-x12').header('content-disposition', `attachment; filename="remittance-${remittance.id}.835"`).send(remittance.x12);
    }
    const { document: _, x12, ...summary } = remittance;
    return { ...summary, has835: x12 !== null, document: doc };
  });
};
