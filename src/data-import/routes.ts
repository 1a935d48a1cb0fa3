import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importBundle } from './import-bundle.js';
import { importProblem } from './import-problem.js';
import type { KnownIds } from './check-references.js';
import { validateImportRequest } from './validate-import-request.js';

export interface ImportRoutesOptions {
  /** Policy ids records may use (from the catalog); absent: not checked. */
  known?: KnownIds;
}

const Records = z.array(z.unknown()).max(200_000).optional();
const ImportBody = z.strictObject({
  organizations: Records, sites: Records, teams: Records, staff: Records, members: Records, plans: Records, authorizations: Records,
}).describe('The import format (docs/import-format.md) as one JSON body: each file\'s array under its name without ".json".');

const Counts = z.object({ created: z.number().int(), updated: z.number().int() });
const ImportSummary = z.object({
  importId: z.string(),
  counts: z.object({ organizations: Counts, sites: Counts, teams: Counts, staff: Counts, members: Counts, plans: Counts, authorizations: Counts }),
});

/** Bulk import over HTTP: the same format and all-or-nothing load as `openhcbs import <dir>`. */
export const importRoutes: FastifyPluginAsyncZod<ImportRoutesOptions> = async (app, opts) => {
  app.post('/import', {
    schema: {
      tags: ['import'], summary: 'Import organizations, sites, teams, staff, members, plans and authorizations, all or nothing (upsert by ref)',
      body: ImportBody, response: { 200: ImportSummary },
    },
    config: { roles: ['state-admin', 'aso-reviewer'] },
  }, async (req, reply) => {
    const checked = validateImportRequest(req.body);
    if (!checked.ok) return reply.problem(importProblem(checked.errors));
    const result = await importBundle(app.db, req.caller, checked.value, opts.known);
    return result.ok ? result.value : reply.problem(result.problem);
  });
};
