import type { CapabilityStatement } from './fhir-types.js';
import { planNet } from './plan-net-profiles.js';
import { includesOf, searchParamsOf } from './search-plan-net.js';

const TYPES = ['Organization', 'Location', 'HealthcareService', 'OrganizationAffiliation'] as const;
const TOKEN = new Set(['service-category', 'service-type', 'specialty', 'identifier', 'type']);
const REFERENCE = new Set(['organization', 'location', 'participating-organization', 'primary-organization', 'network']);

/** What the public Plan-Net endpoint serves: read and search of the four directory resource types, no sign-in. */
export function capabilityStatement(baseUrl: string, date: string): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement', status: 'active', date, kind: 'instance', fhirVersion: '4.0.1', format: ['json'],
    name: 'OpenHCBSPlanNetDirectory', title: 'OpenHCBS provider directory (Da Vinci PDex Plan-Net)',
    instantiates: [planNet.capability],
    implementation: { description: 'Public provider directory: certified providers, their sites and services', url: baseUrl },
    software: { name: 'OpenHCBS' },
    rest: [{
      mode: 'server',
      security: { description: 'Public: no authentication. Directory data only; no member data.' },
      resource: TYPES.map((type) => ({
        type, profile: planNet.profile[type],
        ...(type === 'Organization' ? { supportedProfile: [planNet.profile.Organization, planNet.profile.Network] } : {}),
        interaction: [{ code: 'read' as const }, { code: 'search-type' as const }],
        searchParam: [
          { name: '_id', type: 'token' as const },
          { name: '_count', type: 'number' as const, documentation: 'Page size (default 20, at most 200)' },
          { name: '_offset', type: 'number' as const, documentation: 'Entries to skip (the next link carries it)' },
          ...searchParamsOf(type).map((name) => ({ name, type: TOKEN.has(name) ? 'token' as const : REFERENCE.has(name) ? 'reference' as const : 'string' as const })),
        ],
        searchInclude: includesOf(type),
      })),
    }],
  };
}
