import { randomUUID } from 'node:crypto';
import type { organizationEnrollments, organizations, sites, staff, staffCredentials, teamFidelity, teams } from '../network/index.js';
import type { eligibilitySpans, members, programEnrollments } from '../members/index.js';
import type { planLines, recoveryPlans } from '../plans/index.js';
import type { authorizations } from '../um/index.js';
import type { ImportBundle } from './bundle-schema.js';
import type { Resolution } from './resolve-bundle.js';

type Row<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** Table rows of a bundle, refs replaced by ids. Every optional field is written (null when absent), so a re-import clears what the sender dropped. */
export interface BundleRows {
  organizations: Row<typeof organizations>[];
  organizationEnrollments: Row<typeof organizationEnrollments>[];
  sites: Row<typeof sites>[];
  teams: Row<typeof teams>[];
  teamFidelity: Row<typeof teamFidelity>[];
  staff: Row<typeof staff>[];
  staffCredentials: Row<typeof staffCredentials>[];
  members: Row<typeof members>[];
  eligibilitySpans: Row<typeof eligibilitySpans>[];
  programEnrollments: Row<typeof programEnrollments>[];
  careManagers: { id: string; memberId: string; staffId: string | null }[];
  recoveryPlans: Row<typeof recoveryPlans>[];
  planLines: Row<typeof planLines>[];
  authorizations: Row<typeof authorizations>[];
}

/** Maps a bundle whose refs all resolved (see resolveBundle) to rows. */
export function bundleRows(b: ImportBundle, r: Resolution): BundleRows {
  const org = (ref: string) => r.organizations.get(ref)!;
  const rows: BundleRows = {
    organizations: [], organizationEnrollments: [], sites: [], teams: [], teamFidelity: [], staff: [], staffCredentials: [],
    members: [], eligibilitySpans: [], programEnrollments: [], careManagers: [], recoveryPlans: [], planLines: [], authorizations: [],
  };
  for (const o of b.organizations) {
    const id = org(o.ref);
    rows.organizations.push({
      id, ref: o.ref, name: o.name, slug: r.slugs.get(o.ref)!, npi: o.npi, taxId: o.taxId ?? null, phone: o.phone ?? null,
      email: o.email ?? null, website: o.website ?? null, acceptingNewClients: o.acceptingNewClients,
    });
    for (const e of o.enrollments) {
      rows.organizationEnrollments.push({
        id: randomUUID(), organizationId: id, program: e.program, providerType: e.providerType, fromDate: e.from, toDate: e.to ?? null,
        status: e.status, certifiedThrough: e.certifiedThrough ?? null, lastVerifiedOn: e.lastVerifiedOn ?? null,
      });
    }
  }
  for (const s of b.sites) {
    rows.sites.push({
      id: r.sites.get(s.ref)!.id, ref: s.ref, organizationId: org(s.organization), name: s.name, county: s.county,
      addressLine1: s.address.line1, addressLine2: s.address.line2 ?? null, city: s.address.city, state: s.address.state, zip: s.address.zip,
      phone: s.phone ?? null, placeOfService: s.placeOfService ?? null,
    });
  }
  for (const t of b.teams) {
    const id = r.teams.get(t.ref)!.id;
    rows.teams.push({
      id, ref: t.ref, organizationId: org(t.organization), siteId: t.site ? r.sites.get(t.site)!.id : null, program: t.program,
      name: t.name, sizeBand: t.sizeBand, startDate: t.startDate, caseloadCap: t.caseloadCap ?? null,
    });
    for (const f of t.fidelity) {
      rows.teamFidelity.push({ id: randomUUID(), teamId: id, organizationId: org(t.organization), level: f.level, fromDate: f.from, toDate: f.to ?? null, overallScore: f.overallScore ?? null });
    }
  }
  for (const s of b.staff) {
    const id = r.staff.get(s.ref)!.id;
    rows.staff.push({
      id, ref: s.ref, organizationId: org(s.organization), teamId: s.team ? r.teams.get(s.team)!.id : null, firstName: s.firstName,
      lastName: s.lastName, npi: s.npi ?? null, role: s.role, degree: s.degree ?? null, birthDate: s.birthDate ?? null,
    });
    for (const c of s.credentials) {
      rows.staffCredentials.push({
        id: randomUUID(), staffId: id, organizationId: org(s.organization), kind: c.kind, name: c.name, number: c.number ?? null,
        issuer: c.issuer ?? null, fromDate: c.from, toDate: c.to ?? null,
      });
    }
  }
  for (const m of b.members) {
    const id = r.members.get(m.ref)!;
    rows.members.push({
      id, ref: m.ref, medicaidId: m.medicaidId, firstName: m.firstName, lastName: m.lastName, birthDate: m.birthDate, sex: m.sex,
      county: m.county, addressLine1: m.address?.line1 ?? null, addressLine2: m.address?.line2 ?? null, city: m.address?.city ?? null,
      state: m.address?.state ?? null, zip: m.address?.zip ?? null, phone: m.phone ?? null,
    });
    for (const e of m.eligibility) {
      rows.eligibilitySpans.push({ id: randomUUID(), memberId: id, program: e.program, category: e.category ?? null, fromDate: e.from, toDate: e.to ?? null });
    }
    for (const e of m.enrollments) {
      rows.programEnrollments.push({
        id: randomUUID(), memberId: id, program: e.program, organizationId: org(e.organization),
        teamId: e.team ? r.teams.get(e.team)!.id : null, fromDate: e.from, toDate: e.to ?? null,
      });
    }
    // A member already on file with no care manager in the bundle has the current assignment ended.
    if (m.careManager || r.existing.has(id)) {
      rows.careManagers.push({ id: randomUUID(), memberId: id, staffId: m.careManager ? r.staff.get(m.careManager)!.id : null });
    }
  }
  for (const p of b.plans) {
    const memberId = r.members.get(p.member)!;
    const id = r.plans.get(`${memberId}|${p.ref}`)!;
    rows.recoveryPlans.push({ id, memberId, ref: p.ref, program: p.program, fromDate: p.from, toDate: p.to ?? null, status: p.status, signedOn: p.signedOn ?? null });
    for (const l of p.lines) {
      rows.planLines.push({
        id: randomUUID(), planId: id, memberId, organizationId: org(l.organization), service: l.service, code: l.code ?? null,
        fromDate: l.from, toDate: l.to ?? null, frequency: l.frequency, amount: l.amount, unit: l.unit, status: 'active',
      });
    }
  }
  for (const a of b.authorizations) {
    const memberId = r.members.get(a.member)!;
    // units_used is left out: claims accumulate it, and a re-import must not reset it.
    rows.authorizations.push({
      id: r.authorizations.get(`${memberId}|${a.ref}`)!, memberId, ref: a.ref, organizationId: org(a.organization), program: a.program,
      service: a.service, code: a.code ?? null, beyondLimit: a.beyondLimit ?? null, mode: a.mode, units: a.units, fromDate: a.from, toDate: a.to ?? null, status: a.status,
      decidedOn: a.decidedOn ?? null,
    });
  }
  return rows;
}
