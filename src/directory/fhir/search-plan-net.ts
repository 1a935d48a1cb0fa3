import type { Address, Bundle, CodeableConcept, OperationOutcome, PlanNetResource, Reference } from './fhir-types.js';
import type { PlanNetResources } from './plan-net-resources.js';

type ResourceType = keyof PlanNetResources;
type Matcher = (r: PlanNetResource, value: string, modifier: string | null) => boolean;

const lower = (s: string | undefined | null) => (s ?? '').toLowerCase();
/** FHIR string search: case-insensitive starts-with; `:exact` equals; `:contains` anywhere. */
const stringMatch = (have: Array<string | undefined>, want: string, modifier: string | null) => have.some((h) => h !== undefined && (
  modifier === 'exact' ? h === want : modifier === 'contains' ? lower(h).includes(lower(want)) : lower(h).startsWith(lower(want))));
/** FHIR token search: `code` or `system|code` against every coding. */
const tokenMatch = (concepts: CodeableConcept[] | undefined, want: string) => {
  const [system, code] = want.includes('|') ? want.split('|', 2) as [string, string] : [null, want];
  return (concepts ?? []).some((c) => (c.coding ?? []).some((x) => x.code === code && (system === null || system === '' || x.system === system)));
};
const refMatch = (refs: Array<Reference | undefined>, want: string, type: string) =>
  refs.some((r) => r && (r.reference === want || r.reference === `${type}/${want}`));
const addressOf = (r: PlanNetResource): Address[] => (r.resourceType === 'Location' ? [r.address] : r.resourceType === 'Organization' ? r.address ?? [] : []);

/** The search parameters each resource type answers, by name. */
const PARAMS: Record<ResourceType, Record<string, Matcher>> = {
  Organization: {
    name: (r, v, m) => r.resourceType === 'Organization' && stringMatch([r.name], v, m),
    identifier: (r, v) => r.resourceType === 'Organization' && (r.identifier ?? []).some((i) => i.value === v || `${i.system}|${i.value}` === v),
    type: (r, v) => r.resourceType === 'Organization' && tokenMatch(r.type, v),
  },
  Location: {
    'address-city': (r, v, m) => stringMatch(addressOf(r).map((a) => a.city), v, m),
    'address-state': (r, v, m) => stringMatch(addressOf(r).map((a) => a.state), v, m),
    'address-postalcode': (r, v, m) => stringMatch(addressOf(r).map((a) => a.postalCode), v, m),
    address: (r, v, m) => stringMatch(addressOf(r).flatMap((a) => [...(a.line ?? []), a.city, a.district, a.state, a.postalCode]), v, m ?? 'contains'),
    organization: (r, v) => r.resourceType === 'Location' && refMatch([r.managingOrganization], v, 'Organization'),
    name: (r, v, m) => r.resourceType === 'Location' && stringMatch([r.name], v, m),
  },
  HealthcareService: {
    'service-category': (r, v) => r.resourceType === 'HealthcareService' && tokenMatch(r.category, v),
    'service-type': (r, v) => r.resourceType === 'HealthcareService' && tokenMatch(r.type, v),
    specialty: (r, v) => r.resourceType === 'HealthcareService' && tokenMatch(r.specialty, v),
    organization: (r, v) => r.resourceType === 'HealthcareService' && refMatch([r.providedBy], v, 'Organization'),
    location: (r, v) => r.resourceType === 'HealthcareService' && refMatch(r.location ?? [], v, 'Location'),
    name: (r, v, m) => r.resourceType === 'HealthcareService' && stringMatch([r.name], v, m),
  },
  OrganizationAffiliation: {
    'participating-organization': (r, v) => r.resourceType === 'OrganizationAffiliation' && refMatch([r.participatingOrganization], v, 'Organization'),
    'primary-organization': (r, v) => r.resourceType === 'OrganizationAffiliation' && refMatch([r.organization], v, 'Organization'),
    network: (r, v) => r.resourceType === 'OrganizationAffiliation' && refMatch(r.network ?? [], v, 'Organization'),
    specialty: (r, v) => r.resourceType === 'OrganizationAffiliation' && tokenMatch(r.specialty, v),
    location: (r, v) => r.resourceType === 'OrganizationAffiliation' && refMatch(r.location ?? [], v, 'Location'),
  },
};

/** `_include` values each type answers: the reference it follows. */
const INCLUDES: Record<ResourceType, Record<string, (r: PlanNetResource) => Reference[]>> = {
  Organization: {},
  Location: { 'Location:organization': (r) => (r.resourceType === 'Location' && r.managingOrganization ? [r.managingOrganization] : []) },
  HealthcareService: {
    'HealthcareService:organization': (r) => (r.resourceType === 'HealthcareService' ? [r.providedBy] : []),
    'HealthcareService:location': (r) => (r.resourceType === 'HealthcareService' ? r.location ?? [] : []),
  },
  OrganizationAffiliation: {
    'OrganizationAffiliation:participating-organization': (r) => (r.resourceType === 'OrganizationAffiliation' ? [r.participatingOrganization] : []),
    'OrganizationAffiliation:primary-organization': (r) => (r.resourceType === 'OrganizationAffiliation' ? [r.organization] : []),
    'OrganizationAffiliation:location': (r) => (r.resourceType === 'OrganizationAffiliation' ? r.location ?? [] : []),
  },
};

export const searchParamsOf = (type: ResourceType) => Object.keys(PARAMS[type]);
export const includesOf = (type: ResourceType) => Object.keys(INCLUDES[type]);

const IGNORED = new Set(['_format', '_pretty', '_summary', '_total']);
const DEFAULT_COUNT = 20;
const MAX_COUNT = 200;

/** Answers a Plan-Net search over the directory's resources as a searchset Bundle, or an OperationOutcome for a bad parameter. */
export function searchPlanNet(resources: PlanNetResources, type: ResourceType, query: URLSearchParams, baseUrl: string):
  { ok: true; bundle: Bundle } | { ok: false; outcome: OperationOutcome } {
  const issues: OperationOutcome['issue'] = [];
  const filters: Array<(r: PlanNetResource) => boolean> = [];
  let count = DEFAULT_COUNT;
  let offset = 0;
  const includes: string[] = [];
  for (const [key, value] of query) {
    const [name, modifier = null] = key.split(':', 2) as [string, string | undefined];
    if (IGNORED.has(name)) continue;
    if (name === '_count' || name === '_offset') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) issues.push({ severity: 'error', code: 'invalid', diagnostics: `${name} must be a whole number`, expression: [name] });
      else if (name === '_count') count = Math.min(n, MAX_COUNT);
      else offset = n;
    } else if (name === '_include') {
      if (!INCLUDES[type][value]) issues.push({ severity: 'error', code: 'not-supported', diagnostics: `_include=${value} is not supported on ${type}; supported: ${includesOf(type).join(', ') || 'none'}`, expression: ['_include'] });
      else includes.push(value);
    } else if (name === '_id') {
      const ids = value.split(',');
      filters.push((r) => ids.includes(r.id));
    } else if (PARAMS[type][name]) {
      const values = value.split(','); // a comma means OR
      const match = PARAMS[type][name]!;
      filters.push((r) => values.some((v) => match(r, v, modifier)));
    } else {
      issues.push({ severity: 'error', code: 'not-supported', diagnostics: `Unknown search parameter ${name} on ${type}; supported: ${['_id', '_count', '_offset', '_include', ...searchParamsOf(type)].join(', ')}`, expression: [name] });
    }
  }
  if (issues.length) return { ok: false, outcome: { resourceType: 'OperationOutcome', issue: issues } };
  const matches = (resources[type] as PlanNetResource[]).filter((r) => filters.every((f) => f(r)));
  const page = matches.slice(offset, offset + count);
  const byRef = new Map<string, PlanNetResource>((Object.keys(resources) as ResourceType[]).flatMap((t) => (resources[t] as PlanNetResource[]).map((r) => [`${t}/${r.id}`, r] as const)));
  const included = new Map<string, PlanNetResource>();
  for (const inc of includes) for (const r of page) for (const ref of INCLUDES[type][inc]!(r)) {
    const target = byRef.get(ref.reference);
    if (target && !page.includes(target)) included.set(ref.reference, target);
  }
  const link = (o: number) => {
    const q = new URLSearchParams(query);
    q.set('_count', String(count));
    q.set('_offset', String(o));
    return `${baseUrl}/${type}?${q.toString()}`;
  };
  const self = query.toString();
  return {
    ok: true,
    bundle: {
      resourceType: 'Bundle', type: 'searchset', total: matches.length, timestamp: new Date().toISOString(),
      link: [
        { relation: 'self', url: `${baseUrl}/${type}${self ? `?${self}` : ''}` },
        ...(offset + count < matches.length ? [{ relation: 'next' as const, url: link(offset + count) }] : []),
        ...(offset > 0 ? [{ relation: 'previous' as const, url: link(Math.max(0, offset - count)) }] : []),
      ],
      entry: [
        ...page.map((resource) => ({ fullUrl: `${baseUrl}/${type}/${resource.id}`, resource, search: { mode: 'match' as const } })),
        ...[...included].map(([reference, resource]) => ({ fullUrl: `${baseUrl}/${reference}`, resource, search: { mode: 'include' as const } })),
      ],
    },
  };
}
