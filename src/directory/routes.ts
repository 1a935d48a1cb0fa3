import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Temporal } from 'temporal-polyfill';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Catalogs } from '../catalog/index.js';
import { problems } from '../platform/http/problems.js';
import { organizations } from '../network/index.js';
import { directoryFilters } from './directory-filters.js';
import { planNetRoutes } from './fhir/plan-net-routes.js';
import { searchDirectory } from './search-directory.js';
import { directoryEntries, isCertifiedOn } from './store.js';
import { DirectoryEntry, DirectoryFilters, DirectoryPage, DirectoryQuery } from './types.js';

export interface DirectoryRoutesOptions {
  catalogs: Catalogs;
  /** Today's calendar date in the program's time zone (which certifications are in force); defaults to the server's. */
  today?: () => string;
}

const tags = ['directory'];
/** Every directory route is public: no sign-in, no member data. */
const publicRoute = { public: true } as const;

/** The public provider directory: JSON under /api/v1/directory and FHIR Plan-Net under /fhir/plan-net. */
export const directoryRoutes: FastifyPluginAsyncZod<DirectoryRoutesOptions> = async (app, opts) => {
  const today = () => opts.today?.() ?? Temporal.Now.plainDateISO().toString();

  app.get('/directory', {
    config: publicRoute,
    schema: { tags, security: [], summary: 'Search certified providers by service, county, accepting new clients and name (public)', querystring: DirectoryQuery, response: { 200: DirectoryPage } },
  }, async (req) => searchDirectory(app.db, opts.catalogs, req.query, today()));

  app.get('/directory/filters', {
    config: publicRoute,
    schema: { tags, security: [], summary: 'The services and counties the directory can be filtered by (public)', response: { 200: DirectoryFilters } },
  }, async () => directoryFilters(app.db, opts.catalogs, today()));

  app.get('/directory/:id', {
    config: publicRoute,
    schema: { tags, security: [], summary: 'One certified provider\'s directory entry (public)', params: z.object({ id: z.string().min(1).max(64) }), response: { 200: DirectoryEntry } },
  }, async (req, reply) => {
    const [row] = await app.db.select({ id: organizations.id }).from(organizations).where(and(eq(organizations.id, req.params.id), isCertifiedOn(today())));
    const [entry] = row ? await directoryEntries(app.db, opts.catalogs, [row.id], today()) : [];
    return entry ?? reply.problem(problems.notFound('Provider', req.params.id));
  });

  await app.register(planNetRoutes, { catalogs: opts.catalogs, today });
};
