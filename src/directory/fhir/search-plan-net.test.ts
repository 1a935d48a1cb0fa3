import { beforeAll, describe, expect, test } from 'vitest';
import { buildCatalogs, type Catalogs } from '../../catalog/index.js';
import { realPack } from '../../network/fidelity/test-pack.js';
import type { DirectoryEntry } from '../types.js';
import { planNetResources, type PlanNetResources } from './plan-net-resources.js';
import { searchPlanNet } from './search-plan-net.js';

let catalogs: Catalogs;
let program: string;
let resources: PlanNetResources;
const BASE = 'https://directory.example/fhir/plan-net';

function anEntry(id: string, name: string, providerType: string, city: string, county: string): DirectoryEntry {
  return {
    id, name, npi: '1234567893', acceptingNewClients: true, phone: '302-555-0100', email: null, website: null, updatedAt: '2026-01-01T00:00:00.000Z',
    certifications: [{ id: `enr-${id}`, program, programName: 'Program', providerType, providerTypeName: providerType, status: 'active', from: '2025-01-01', certifiedThrough: '2026-12-31' }],
    services: [],
    sites: [{ id: `site-${id}`, name: `${city} office`, county, phone: null, address: { line1: '1 Main St', line2: null, city, state: 'DE', zip: '19901' } }],
  };
}

beforeAll(async () => {
  const { pack } = await realPack();
  catalogs = buildCatalogs([pack]);
  program = pack.manifest.id;
  const { servicesOfProviderTypes } = await import('../services-of-provider-types.js');
  const entries = [anEntry('a', 'Anchor Care', 'act-team', 'Dover', 'Kent'), anEntry('b', 'Bay Peers', 'peer-specialist-agency', 'Lewes', 'Sussex')]
    .map((e) => ({ ...e, services: servicesOfProviderTypes(catalogs, e.certifications) }));
  resources = planNetResources(entries, catalogs);
});

const search = (type: keyof PlanNetResources, query: string) => {
  const result = searchPlanNet(resources, type, new URLSearchParams(query), BASE);
  if (!result.ok) throw new Error(JSON.stringify(result.outcome));
  return result.bundle;
};

describe('Plan-Net search over the directory', () => {
  test('string parameters match the start of the value case-insensitively; :contains anywhere; :exact exactly', () => {
    expect(search('Organization', 'name=anch').total).toBe(1);
    expect(search('Organization', 'name=care').total).toBe(0);
    expect(search('Organization', 'name:contains=care').total).toBe(1);
    expect(search('Organization', 'name:exact=anchor care').total).toBe(0);
  });

  test('token parameters take code or system|code; a comma means or', () => {
    expect(search('HealthcareService', 'service-category=peer-support').total).toBe(2);
    expect(search('HealthcareService', `service-category=urn:openhcbs:${program}:service|act`).total).toBe(1);
    expect(search('HealthcareService', 'service-category=urn:other|act').total).toBe(0);
    expect(search('Location', 'address-city=Dover,Lewes').total).toBe(2);
  });

  test('_include adds the referenced resources once, marked include', () => {
    const bundle = search('HealthcareService', 'organization=a&_include=HealthcareService:organization');
    const included = bundle.entry.filter((e) => e.search.mode === 'include');
    expect(included).toHaveLength(1);
    expect(included[0]!.resource).toMatchObject({ resourceType: 'Organization', id: 'a' });
  });

  test('_count and _offset page with next and previous links; total counts every match', () => {
    const first = search('HealthcareService', '_count=2');
    expect(first.total).toBeGreaterThan(2);
    expect(first.entry).toHaveLength(2);
    const next = first.link.find((l) => l.relation === 'next')!.url;
    expect(next).toBe(`${BASE}/HealthcareService?_count=2&_offset=2`);
    const second = search('HealthcareService', new URL(next).search.slice(1));
    expect(second.link.some((l) => l.relation === 'previous')).toBe(true);
  });

  test('an unknown parameter or _include is an OperationOutcome naming it', () => {
    const result = searchPlanNet(resources, 'Location', new URLSearchParams('colour=red&_include=Location:nothing'), BASE);
    expect(result).toMatchObject({ ok: false, outcome: { resourceType: 'OperationOutcome', issue: [{ code: 'not-supported', expression: ['colour'] }, { expression: ['_include'] }] } });
  });
});
