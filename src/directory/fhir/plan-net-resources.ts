import { createHash } from 'node:crypto';
import type { Catalogs } from '../../catalog/index.js';
import type { DirectoryEntry } from '../types.js';
import type { ContactPoint, HealthcareService, Location, Organization, OrganizationAffiliation } from './fhir-types.js';
import { planNet } from './plan-net-profiles.js';

export interface PlanNetResources {
  Organization: Organization[];
  Location: Location[];
  HealthcareService: HealthcareService[];
  OrganizationAffiliation: OrganizationAffiliation[];
}

const shortId = (prefix: string, ...parts: string[]) => `${prefix}-${createHash('sha1').update(parts.join('|')).digest('hex').slice(0, 20)}`;
const ref = (type: string, id: string, display?: string) => ({ reference: `${type}/${id}`, ...(display ? { display } : {}) });

function telecom(e: { phone: string | null; email?: string | null; website?: string | null }): ContactPoint[] {
  return [
    ...(e.phone ? [{ system: 'phone' as const, value: e.phone, use: 'work' as const }] : []),
    ...(e.email ? [{ system: 'email' as const, value: e.email, use: 'work' as const }] : []),
    ...(e.website ? [{ system: 'url' as const, value: e.website, use: 'work' as const }] : []),
  ];
}

/**
 * The directory as Da Vinci Plan-Net resources: each provider organization, each of its sites as a Location (county in
 * `address.district`), one HealthcareService per service its certified provider types deliver, one
 * OrganizationAffiliation per certification in the program's network, and a network Organization per program.
 */
export function planNetResources(entries: DirectoryEntry[], catalogs: Catalogs): PlanNetResources {
  const out: PlanNetResources = { Organization: [], Location: [], HealthcareService: [], OrganizationAffiliation: [] };
  const networks = new Set<string>();
  for (const e of entries) {
    const meta = (profile: string) => ({ profile: [profile], lastUpdated: e.updatedAt });
    out.Organization.push({
      resourceType: 'Organization', id: e.id, meta: meta(planNet.profile.Organization), active: true, name: e.name,
      identifier: [{ use: 'official', system: planNet.npi, value: e.npi }],
      type: [{ coding: [{ system: planNet.orgType, code: 'prvgrp', display: 'Provider Group' }] }],
      telecom: telecom(e),
    });
    for (const s of e.sites) {
      out.Location.push({
        resourceType: 'Location', id: s.id, meta: meta(planNet.profile.Location), status: 'active', name: s.name,
        telecom: telecom({ phone: s.phone }),
        address: { use: 'work', type: 'physical', line: [s.address.line1, ...(s.address.line2 ? [s.address.line2] : [])], city: s.address.city,
          district: s.county, state: s.address.state, postalCode: s.address.zip, country: 'US' },
        managingOrganization: ref('Organization', e.id, e.name),
      });
    }
    const locations = e.sites.map((s) => ref('Location', s.id, s.name));
    for (const svc of e.services) {
      out.HealthcareService.push({
        resourceType: 'HealthcareService', id: shortId('hs', e.id, svc.program, svc.id), meta: meta(planNet.profile.HealthcareService),
        active: true, name: svc.name, providedBy: ref('Organization', e.id, e.name),
        category: [{ coding: [
          { system: planNet.serviceCategory, code: 'behav', display: 'Behavioral Health' },
          { system: planNet.localServices(svc.program), code: svc.id, display: svc.name },
        ], text: svc.name }],
        type: [{ coding: [{ system: planNet.localServices(svc.program), code: svc.id, display: svc.name }] }],
        specialty: e.certifications.filter((c) => c.program === svc.program && catalogs.get(c.program)?.providerType(c.providerType)?.services.includes(svc.id))
          .map((c) => ({ coding: [{ system: planNet.localProviderTypes(c.program), code: c.providerType, display: c.providerTypeName }] })),
        location: locations, telecom: telecom(e),
        extension: [{ url: planNet.newPatients, extension: [{ url: 'acceptingPatients', valueCodeableConcept: { coding: [
          e.acceptingNewClients ? { system: planNet.acceptingPatients, code: 'newpt', display: 'Accepting' } : { system: planNet.acceptingPatients, code: 'nopt', display: 'Not Accepting' },
        ] } }] }],
      });
    }
    for (const c of e.certifications) {
      networks.add(c.program);
      out.OrganizationAffiliation.push({
        resourceType: 'OrganizationAffiliation', id: c.id, meta: meta(planNet.profile.OrganizationAffiliation), active: true,
        period: { start: c.from, ...(c.certifiedThrough ? { end: c.certifiedThrough } : {}) },
        organization: ref('Organization', `network-${c.program}`, c.programName),
        participatingOrganization: ref('Organization', e.id, e.name),
        network: [ref('Organization', `network-${c.program}`, c.programName)],
        code: [{ coding: [{ system: planNet.affiliationRole, code: 'provider', display: 'Provider' }] }],
        specialty: [{ coding: [{ system: planNet.localProviderTypes(c.program), code: c.providerType, display: c.providerTypeName }],
          text: `${c.providerTypeName} (${c.status}${c.certifiedThrough ? `, certified through ${c.certifiedThrough}` : ''})` }],
        location: locations,
        healthcareService: out.HealthcareService.filter((h) => h.providedBy.reference === `Organization/${e.id}`
          && h.specialty?.some((sp) => sp.coding?.some((x) => x.code === c.providerType))).map((h) => ref('HealthcareService', h.id, h.name)),
      });
    }
  }
  for (const program of networks) {
    const catalog = catalogs.get(program);
    out.Organization.push({
      resourceType: 'Organization', id: `network-${program}`, meta: { profile: [planNet.profile.Network], lastUpdated: new Date(0).toISOString() },
      active: true, name: catalog?.manifest.name ?? program,
      type: [{ coding: [{ system: planNet.orgType, code: 'ntwk', display: 'Network' }] }],
      extension: [], ...(catalog ? { address: [{ state: catalog.manifest.jurisdiction, country: 'US' }] } : {}),
    });
  }
  return out;
}
