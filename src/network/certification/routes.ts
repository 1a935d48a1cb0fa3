import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { SYSTEM_CALLER } from '../../platform/auth/caller.js';
import { Page } from '../../platform/http/paging.js';
import { problems } from '../../platform/http/problems.js';
import type { Catalogs } from '../../catalog/index.js';
import { applicationKindsOf } from './build-packet.js';
import { createApplication } from './create-application.js';
import { decideApplication } from './decide-application.js';
import { decideItem } from './decide-item.js';
import { listReverifications } from './list-reverifications.js';
import { requestInformation } from './request-information.js';
import { reverifyEnrollment } from './reverify-enrollment.js';
import { runReverification } from './run-reverification.js';
import { findApplication, findDocument, listApplications, loadApplication } from './store.js';
import { submitApplication } from './submit-application.js';
import {
  ApplicationDecision, ApplicationInput, ApplicationListQuery, ApplicationPatch, ApplicationSummary, ApplicationView, DocumentParams,
  DocumentUpload, DocumentView, IdParams, InformationRequest, ItemDecision, ItemParams, ProviderTypeOption, ProviderTypeQuery,
  ReverificationQuery, ReverificationRow, ReverificationRun, ReverifyInput,
} from './types.js';
import { updateApplication } from './update-application.js';
import { uploadDocument } from './upload-document.js';

export interface CertificationRoutesOptions {
  catalogs: Catalogs;
  /** Today's calendar date in the program's time zone; defaults to the server's. */
  today?: () => string;
  /** Run the re-verification job once at start-up and then daily (the served app; not tests). */
  reverifyDaily?: boolean;
}

const tags = ['certification'];
const reviewers = ['state-admin', 'aso-reviewer'] as const;
const applicants = ['state-admin', 'aso-reviewer', 'provider-staff'] as const;
const DAY_MS = 86_400_000;

/** Certification applications, the reviewer queue and decisions with letters, and re-verification of enrollments. */
export const certificationRoutes: FastifyPluginAsyncZod<CertificationRoutesOptions> = async (app, opts) => {
  const { catalogs } = opts;
  const today = () => opts.today?.() ?? Temporal.Now.plainDateISO().toString();

  if (opts.reverifyDaily) {
    const run = () => runReverification(app.db, SYSTEM_CALLER, catalogs, today())
      .then((r) => app.log.info({ warned: r.warned, lapsed: r.lapsed.length }, 're-verification run'))
      .catch((err: unknown) => app.log.error({ err }, 're-verification run failed'));
    let timer: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => { void run(); timer = setInterval(run, DAY_MS); timer.unref(); });
    app.addHook('onClose', async () => { if (timer) clearInterval(timer); });
  }

  app.get('/certification/provider-types', {
    schema: { tags, summary: 'Provider types an organization may apply for, by program', querystring: ProviderTypeQuery, response: { 200: z.array(ProviderTypeOption) } },
  }, async (req) => catalogs.list().filter((c) => !req.query.program || c.program === req.query.program).flatMap((c) =>
    c.pack.providerTypes.map((t) => ({
      program: c.program, programName: c.manifest.name, id: t.id, name: t.name, applicationKinds: applicationKindsOf(t),
      requirements: t.requirements.length, roles: t.roles.length, verificationEveryMonths: t.verification?.everyMonths ?? null,
    }))));

  app.get('/certification/applications', {
    schema: { tags, summary: 'Applications by status, oldest submission first (provider staff: their own)', querystring: ApplicationListQuery, response: { 200: Page(ApplicationSummary) } },
  }, async (req) => listApplications(app.db, req.caller, req.query));

  app.post('/certification/applications', {
    schema: { tags, summary: 'Open a draft application for a provider type (the packet is its checklist)', body: ApplicationInput, response: { 201: ApplicationView } },
    config: { roles: applicants },
  }, async (req, reply) => {
    const result = await createApplication(app.db, req.caller, catalogs, req.body);
    return result.ok ? reply.code(201).send(result.value) : reply.problem(result.problem);
  });

  app.get('/certification/applications/:id', {
    schema: { tags, summary: 'An application with items, system findings, staff, documents and history', params: IdParams, response: { 200: ApplicationView } },
  }, async (req, reply) => (await loadApplication(app.db, req.caller, req.params.id, catalogs)) ?? reply.problem(problems.notFound('Application', req.params.id)));

  app.patch('/certification/applications/:id', {
    schema: { tags, summary: 'Answer items, name staff for roles (a list sent replaces the list), state projected clients', params: IdParams, body: ApplicationPatch, response: { 200: ApplicationView } },
    config: { roles: applicants },
  }, async (req, reply) => {
    const result = await updateApplication(app.db, req.caller, catalogs, req.params.id, req.body);
    return result.ok ? result.value : reply.problem(result.problem);
  });

  app.post('/certification/applications/:id/documents', {
    schema: { tags, summary: 'Upload a document as JSON with base64 content (at most 5 MB decoded)', params: IdParams, body: DocumentUpload, response: { 201: DocumentView } },
    config: { roles: applicants },
  }, async (req, reply) => {
    const result = await uploadDocument(app.db, req.caller, req.params.id, req.body);
    return result.ok ? reply.code(201).send(result.value) : reply.problem(result.problem);
  });

  app.get('/certification/applications/:id/documents/:documentId', {
    schema: { tags, summary: 'Download a document of an application', params: DocumentParams },
  }, async (req, reply) => {
    const doc = await findDocument(app.db, req.caller, req.params.id, req.params.documentId);
    if (!doc) return reply.problem(problems.notFound('Document', req.params.documentId));
    return reply.type(doc.contentType).header('content-disposition', attachment(doc.name)).send(doc.content);
  });

  app.post('/certification/applications/:id/submit', {
    schema: { tags, summary: 'Submit for review: runs the automatic checks and files their findings on the items', params: IdParams, response: { 200: ApplicationView } },
    config: { roles: applicants },
  }, async (req, reply) => {
    const result = await submitApplication(app.db, req.caller, catalogs, req.params.id, today());
    return result.ok ? result.value : reply.problem(result.problem);
  });

  app.put('/certification/applications/:id/items/:itemId', {
    schema: { tags, summary: "A reviewer's finding on one item: met, not-met, needs-info or waived", params: ItemParams, body: ItemDecision, response: { 200: ApplicationView } },
    config: { roles: reviewers },
  }, async (req, reply) => {
    const result = await decideItem(app.db, req.caller, catalogs, req.params.id, req.params.itemId, req.body);
    return result.ok ? result.value : reply.problem(result.problem);
  });

  app.post('/certification/applications/:id/request-information', {
    schema: { tags, summary: 'Send the application back to the provider with notes', params: IdParams, body: InformationRequest, response: { 200: ApplicationView } },
    config: { roles: reviewers },
  }, async (req, reply) => {
    const result = await requestInformation(app.db, req.caller, catalogs, req.params.id, req.body);
    return result.ok ? result.value : reply.problem(result.problem);
  });

  app.post('/certification/applications/:id/decision', {
    schema: { tags, summary: 'Approve, approve provisionally or deny; sets the enrollment and writes the letter', params: IdParams, body: ApplicationDecision, response: { 200: ApplicationView } },
    config: { roles: reviewers },
  }, async (req, reply) => {
    const result = await decideApplication(app.db, req.caller, catalogs, req.params.id, req.body, today());
    return result.ok ? result.value : reply.problem(result.problem);
  });

  app.get('/certification/applications/:id/letter.pdf', {
    schema: { tags, summary: 'The decision letter (PDF)', params: IdParams },
  }, async (req, reply) => {
    const row = await findApplication(app.db, req.caller, req.params.id);
    if (!row?.letter) return reply.problem(problems.notFound('Decision letter', req.params.id));
    return reply.type('application/pdf').header('content-disposition', attachment(`certification-letter-${row.id}.pdf`)).send(row.letter);
  });

  app.get('/certification/reverifications', {
    schema: { tags, summary: 'Certified enrollments with re-verification due dates, warnings and lapses (provider staff: their own)', querystring: ReverificationQuery, response: { 200: z.array(ReverificationRow) } },
  }, async (req) => listReverifications(app.db, req.caller, catalogs, req.query, today()));

  app.post('/certification/reverifications/:id', {
    schema: { tags, summary: 'Record that an enrollment was re-verified', params: IdParams, body: ReverifyInput, response: { 200: ReverificationRow } },
    config: { roles: reviewers },
  }, async (req, reply) => {
    const result = await reverifyEnrollment(app.db, req.caller, catalogs, req.params.id, req.body, today());
    return result.ok ? result.value : reply.problem(result.problem);
  });

  app.post('/certification/reverifications/run', {
    schema: { tags, summary: 'Run the re-verification job now (warnings, lapses)', body: z.object({ asOf: z.iso.date().optional() }).optional(), response: { 200: ReverificationRun } },
    config: { roles: ['state-admin'] },
  }, async (req) => runReverification(app.db, req.caller, catalogs, req.body?.asOf ?? today()));
};

const attachment = (name: string) => `attachment; filename="${name.replace(/[^\w.-]+/g, '_')}"`;
