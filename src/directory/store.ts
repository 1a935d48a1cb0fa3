import { and, asc, eq, gte, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Catalogs } from '../catalog/index.js';
import type { Db } from '../platform/db/index.js';
import { organizationEnrollments, organizations, sites } from '../network/index.js';
import { servicesOfProviderTypes } from './services-of-provider-types.js';
import type { DirectoryEntry } from './types.js';

/** Which organizations the directory lists: those with an enrollment certified (active or provisional) today. */
export function isCertifiedOn(today: string, providerTypes?: Array<{ program: string; providerType: string }>): SQL {
  const e = organizationEnrollments;
  const pairs = providerTypes?.length
    ? or(...providerTypes.map((p) => and(eq(e.program, p.program), eq(e.providerType, p.providerType))))
    : providerTypes ? sql`false` : undefined;
  return sql`exists (select 1 from ${e} where ${and(
    eq(e.organizationId, organizations.id), inArray(e.status, ['active', 'provisional']), sql`${e.fromDate} <= ${today}`,
    or(isNull(e.toDate), gte(e.toDate, today)), or(isNull(e.certifiedThrough), gte(e.certifiedThrough, today)), pairs,
  )})`;
}

export function hasSiteInCounty(county: string): SQL {
  return sql`exists (select 1 from ${sites} where ${sites.organizationId} = ${organizations.id} and lower(${sites.county}) = lower(${county}))`;
}

/** Directory entries of the organizations, in name order: contact, certifications in force today, services and sites. */
export async function directoryEntries(db: Db, catalogs: Catalogs, organizationIds: string[], today: string): Promise<DirectoryEntry[]> {
  if (!organizationIds.length) return [];
  const e = organizationEnrollments;
  const [orgs, enrollments, siteRows] = await Promise.all([
    db.select().from(organizations).where(inArray(organizations.id, organizationIds)).orderBy(asc(organizations.name)),
    db.select().from(e).where(and(inArray(e.organizationId, organizationIds), inArray(e.status, ['active', 'provisional']),
      sql`${e.fromDate} <= ${today}`, or(isNull(e.toDate), gte(e.toDate, today)), or(isNull(e.certifiedThrough), gte(e.certifiedThrough, today))))
      .orderBy(asc(e.program), asc(e.providerType)),
    db.select().from(sites).where(inArray(sites.organizationId, organizationIds)).orderBy(asc(sites.name)),
  ]);
  return orgs.map((o) => {
    const own = enrollments.filter((x) => x.organizationId === o.id);
    return {
      id: o.id, name: o.name, npi: o.npi, acceptingNewClients: o.acceptingNewClients, phone: o.phone, email: o.email, website: o.website,
      updatedAt: new Date(o.updatedAt).toISOString(),
      certifications: own.map((x) => {
        const catalog = catalogs.get(x.program);
        return {
          id: x.id, program: x.program, programName: catalog?.manifest.name ?? x.program, providerType: x.providerType,
          providerTypeName: catalog?.providerType(x.providerType)?.name ?? x.providerType,
          status: x.status as 'active' | 'provisional', from: x.fromDate, certifiedThrough: x.certifiedThrough,
        };
      }),
      services: servicesOfProviderTypes(catalogs, own),
      sites: siteRows.filter((s) => s.organizationId === o.id).map((s) => ({
        id: s.id, name: s.name, county: s.county, phone: s.phone,
        address: { line1: s.addressLine1, line2: s.addressLine2, city: s.city, state: s.state, zip: s.zip },
      })),
    };
  });
}
