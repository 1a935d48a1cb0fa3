import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRoutes } from '../platform/audit/index.js';
import { catalogRoutes } from '../catalog/routes.js';
import { networkRoutes } from '../network/routes.js';
import { fidelityRoutes } from '../network/fidelity/routes.js';
import { certificationRoutes } from '../network/certification/index.js';
import { directoryRoutes } from '../directory/routes.js';
import { membersRoutes } from '../members/routes.js';
import { plansRoutes } from '../plans/routes.js';
import { umRoutes } from '../um/routes.js';
import { importRoutes } from '../data-import/routes.js';
import { claimsRoutes } from '../claims/routes.js';
import { loadAdjudicator, readjudicatePendedLines } from '../claims/index.js';
import type { OnReviewClosed } from '../network/fidelity/index.js';
import type { Policy } from './load-policy.js';

/** The module route plugins of the product, in registration order, each given what it needs from the policy. */
export function appModules(policy: Policy): FastifyPluginAsyncZod[] {
  const { today } = policy;
  // A closed information request releases the team's pended lines: re-adjudicated at the level the outcome set.
  const onReviewClosed: OnReviewClosed = async (tx, caller, teamId) => {
    await readjudicatePendedLines(tx, caller, { teamId }, { catalogs: policy.catalogs, adjudicate: await loadAdjudicator() });
  };
  return [
    auditRoutes,
    catalogRoutes(policy.catalogs),
    async (app) => { await app.register(networkRoutes, { teamStageMonths: policy.teamStageMonths, today }); },
    async (app) => { await app.register(fidelityRoutes, { catalogs: policy.catalogs, today, onReviewClosed }); },
    async (app) => { await app.register(certificationRoutes, { catalogs: policy.catalogs, today, reverifyDaily: true }); },
    async (app) => { await app.register(directoryRoutes, { catalogs: policy.catalogs }); },
    async (app) => { await app.register(membersRoutes, { today }); },
    plansRoutes,
    async (app) => { await app.register(umRoutes, { today, known: policy.known }); },
    async (app) => { await app.register(importRoutes, { known: policy.known }); },
    async (app) => { await app.register(claimsRoutes, { catalogs: policy.catalogs, defaultProgram: policy.defaultProgram, today }); },
  ];
}
