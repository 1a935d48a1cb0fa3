import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../platform/db/index.js';
import { buildTestApp } from '../platform/testing/test-app.js';
import { testDatabases } from '../platform/testing/test-databases.js';
import { organizationEnrollments, organizations, sites } from '../network/index.js';
import { realPack } from '../network/fidelity/test-pack.js';

const PLAN_NET = 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/plannet-';

describe.each(testDatabases())('public provider directory on $kind', ({ open }) => {
  let database: Database;
  let app: FastifyInstance;
  let program: string;
  const ids = { act: randomUUID(), benefits: randomUUID(), pending: randomUUID(), lapsed: randomUUID() };

  beforeAll(async () => {
    database = await open();
    app = await buildTestApp(database);
    program = (await realPack()).pack.manifest.id;
    const db = database.db;
    const org = (id: string, name: string, accepting: boolean, n: number) => ({ id, ref: `ORG-${n}`, name, slug: `org-${n}`, npi: `10000000${n}0`.slice(0, 10),
      phone: '302-555-0100', email: `intake${n}@example.org`, website: `https://org${n}.example.org`, acceptingNewClients: accepting });
    await db.insert(organizations).values([
      org(ids.act, 'Brandywine Assertive Care', true, 1), org(ids.benefits, 'Cape Benefits Counseling', false, 2),
      org(ids.pending, 'Pending Provider', true, 3), org(ids.lapsed, 'Lapsed Provider', true, 4),
    ]);
    const enrollment = (organizationId: string, providerType: string, status: string, certifiedThrough: string | null) =>
      ({ id: randomUUID(), organizationId, program, providerType, fromDate: '2025-01-01', status, certifiedThrough });
    await db.insert(organizationEnrollments).values([
      enrollment(ids.act, 'act-team', 'active', '2099-12-31'), enrollment(ids.benefits, 'benefits-counseling-agency', 'provisional', '2099-06-30'),
      enrollment(ids.pending, 'act-team', 'pending', null), enrollment(ids.lapsed, 'act-team', 'active', '2020-01-01'),
    ]);
    const site = (organizationId: string, n: number, county: string, city: string) => ({ id: randomUUID(), ref: `SITE-${n}`, organizationId, name: `${city} office`,
      county, addressLine1: `${n} Main St`, city, state: 'DE', zip: `1990${n}`, phone: `302-555-010${n}` });
    await db.insert(sites).values([
      site(ids.act, 1, 'New Castle', 'Wilmington'), site(ids.act, 2, 'Kent', 'Dover'), site(ids.benefits, 3, 'Sussex', 'Georgetown'),
      site(ids.pending, 4, 'Kent', 'Dover'), site(ids.lapsed, 5, 'Kent', 'Smyrna'),
    ]);
  });
  afterAll(async () => { await app?.close(); await database?.close(); });

  const get = (url: string) => app.inject({ method: 'GET', url });

  test('lists certified providers only, without signing in, with services, sites, contact and certification', async () => {
    const res = await get('/api/v1/directory');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((e: { name: string }) => e.name)).toEqual(['Brandywine Assertive Care', 'Cape Benefits Counseling']);
    expect(body.total).toBe(2);
    const act = body.items[0];
    expect(act.services.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['act', 'cpst', 'psr', 'peer-support', 'iess']));
    expect(act.sites.map((s: { county: string }) => s.county).sort()).toEqual(['Kent', 'New Castle']);
    expect(act).toMatchObject({ phone: '302-555-0100', email: 'intake1@example.org', acceptingNewClients: true });
    expect(act.certifications).toEqual([expect.objectContaining({ providerType: 'act-team', status: 'active', certifiedThrough: '2099-12-31' })]);
    expect(body.items[1].certifications[0]).toMatchObject({ status: 'provisional' });
  });

  test.each([
    ['service=act', ['Brandywine Assertive Care']],
    ['service=benefits-counseling', ['Cape Benefits Counseling']],
    ['service=community-transition', []],
    ['county=Kent', ['Brandywine Assertive Care']],
    ['county=sussex', ['Cape Benefits Counseling']],
    ['service=act&county=Sussex', []],
    ['accepting=false', ['Cape Benefits Counseling']],
    ['q=brandy', ['Brandywine Assertive Care']],
  ])('?%s', async (query, names) => {
    const res = await get(`/api/v1/directory?${query}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((e: { name: string }) => e.name)).toEqual(names);
  });

  test('filters offer the services provider types deliver and the counties of certified providers', async () => {
    const body = (await get('/api/v1/directory/filters')).json();
    expect(body.counties).toEqual(['Kent', 'New Castle', 'Sussex']);
    const serviceIds = body.services.map((s: { id: string }) => s.id);
    expect(serviceIds).toContain('act');
    expect(new Set(serviceIds).size).toBe(serviceIds.length); // once each, however many effective versions
  });

  test('a provider that is not certified is not found', async () => {
    expect((await get(`/api/v1/directory/${ids.act}`)).statusCode).toBe(200);
    expect((await get(`/api/v1/directory/${ids.pending}`)).json()).toMatchObject({ status: 404, type: '/problems/not-found' });
  });

  test('OpenAPI documents the directory routes as needing no session', async () => {
    const spec = (await get('/openapi.json')).json();
    expect(spec.paths['/api/v1/directory'].get.security).toEqual([]);
    expect(spec.paths['/fhir/plan-net/metadata'].get.security).toEqual([]);
  });

  describe('FHIR Plan-Net', () => {
    test('metadata is a CapabilityStatement naming the Plan-Net profiles', async () => {
      const res = await get('/fhir/plan-net/metadata');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/fhir+json');
      const cs = res.json();
      expect(cs).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1', status: 'active', kind: 'instance' });
      expect(cs.rest[0].resource.map((r: { type: string }) => r.type)).toEqual(['Organization', 'Location', 'HealthcareService', 'OrganizationAffiliation']);
      expect(cs.rest[0].resource[1].profile).toBe(`${PLAN_NET}Location`);
    });

    test('Organization?name= answers a searchset Bundle with total and plannet-Organization profile', async () => {
      const bundle = (await get('/fhir/plan-net/Organization?name=brandy')).json();
      expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 1 });
      expect(bundle.link[0]).toMatchObject({ relation: 'self' });
      const org = bundle.entry[0].resource;
      expect(org).toMatchObject({ resourceType: 'Organization', id: ids.act, active: true, name: 'Brandywine Assertive Care',
        meta: { profile: [`${PLAN_NET}Organization`] }, identifier: [{ system: 'http://hl7.org/fhir/sid/us-npi' }] });
      expect(org.meta.lastUpdated).toBeTruthy();
    });

    test('Location carries the county as address.district and searches by city, state and postal code', async () => {
      const dover = (await get('/fhir/plan-net/Location?address-city=Dover&_include=Location:organization')).json();
      expect(dover.total).toBe(1);
      expect(dover.entry[0].resource).toMatchObject({ resourceType: 'Location', status: 'active', meta: { profile: [`${PLAN_NET}Location`] },
        address: { city: 'Dover', district: 'Kent', state: 'DE', postalCode: '19902' }, managingOrganization: { reference: `Organization/${ids.act}` } });
      expect(dover.entry[1]).toMatchObject({ search: { mode: 'include' }, resource: { resourceType: 'Organization', id: ids.act } });
      expect((await get('/fhir/plan-net/Location?address-state=DE')).json().total).toBe(3);
      expect((await get('/fhir/plan-net/Location?address-postalcode=19903')).json().total).toBe(1);
    });

    test('HealthcareService searches by service category and specialty, pages with _count and a next link', async () => {
      const act = (await get('/fhir/plan-net/HealthcareService?service-category=act')).json();
      expect(act.total).toBe(1);
      expect(act.entry[0].resource).toMatchObject({ resourceType: 'HealthcareService', active: true, providedBy: { reference: `Organization/${ids.act}` },
        meta: { profile: [`${PLAN_NET}HealthcareService`] } });
      const all = (await get('/fhir/plan-net/HealthcareService?service-category=behav&_count=2')).json();
      expect(all.total).toBe(6);
      expect(all.entry).toHaveLength(2);
      expect(all.link.find((l: { relation: string }) => l.relation === 'next').url).toContain('_offset=2');
      expect((await get('/fhir/plan-net/HealthcareService?specialty=benefits-counseling-agency')).json().total).toBe(1);
    });

    test('OrganizationAffiliation ties each certification to the program network', async () => {
      const bundle = (await get(`/fhir/plan-net/OrganizationAffiliation?participating-organization=${ids.benefits}`)).json();
      expect(bundle.total).toBe(1);
      expect(bundle.entry[0].resource).toMatchObject({ resourceType: 'OrganizationAffiliation', active: true, period: { end: '2099-06-30' },
        meta: { profile: [`${PLAN_NET}OrganizationAffiliation`] }, organization: { reference: `Organization/network-${program}` } });
      const network = (await get(`/fhir/plan-net/Organization/network-${program}`)).json();
      expect(network).toMatchObject({ resourceType: 'Organization', meta: { profile: [`${PLAN_NET}Network`] } });
    });

    test('errors come back as OperationOutcome', async () => {
      const unknownParam = await get('/fhir/plan-net/Organization?colour=blue');
      expect(unknownParam.statusCode).toBe(400);
      expect(unknownParam.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-supported' }] });
      expect((await get('/fhir/plan-net/Patient')).json()).toMatchObject({ resourceType: 'OperationOutcome' });
      expect((await get(`/fhir/plan-net/Organization/${ids.pending}`)).statusCode).toBe(404);
      expect((await get('/fhir/plan-net/Organization?_count=-1')).statusCode).toBe(400);
    });
  });
});
