import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { addressText, useOrganization, useStaffList, useTeamList, type Organization, type ProviderEnrollment, type Site, type StaffSummary, type TeamSummary } from './api.ts';
import { DetailTable } from '../platform/DetailTable.tsx';
import { ExtraFields, Field } from '../platform/ExtraFields.tsx';
import { formatDate, humanize, personName } from '../platform/format.ts';
import { PageHeader, Section } from '../platform/PageHeader.tsx';
import { RouterAnchor } from '../platform/RouterAnchor.tsx';
import { QueryState } from '../platform/States.tsx';
import { SpanStatus, StatusBadge } from '../platform/StatusBadge.tsx';

const crumbs = [{ label: 'Network' }, { label: 'Organizations', to: '/organizations' }];

/** One organization: identifiers, enrollments by provider type, sites with county, teams and staff. */
export function OrganizationDetailPage() {
  const { organizationId } = useParams({ strict: false }) as { organizationId?: string };
  const query = useOrganization(organizationId);
  return (
    <QueryState query={query} what="organization" backTo="/organizations" backLabel="Back to organizations">
      {(org) => <OrganizationView org={org} />}
    </QueryState>
  );
}

function OrganizationView({ org }: { org: Organization }) {
  const teamsNested = Array.isArray(org.teams);
  const teams = useTeamList({ organizationId: org.id, pageSize: 100 }, { enabled: !teamsNested });
  const staff = useStaffList({ organizationId: org.id, pageSize: 100 });
  const teamRows = teamsNested ? org.teams : teams.data?.items;
  return (
    <>
      <PageHeader title={org.name} crumbs={[...crumbs, { label: org.name }]} description="Provider organization" />
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
          <Field label="NPI"><Text ff="monospace" size="sm">{org.npi ?? '—'}</Text></Field>
          <Field label="Tax ID"><Text ff="monospace" size="sm">{org.taxId ?? '—'}</Text></Field>
          <Field label="Reference"><Text ff="monospace" size="sm">{org.ref ?? '—'}</Text></Field>
          <Field label="New clients">{org.acceptingNewClients === undefined ? '—' : org.acceptingNewClients ? 'Accepting' : 'Not accepting'}</Field>
          <Field label="Phone">{org.phone ?? '—'}</Field>
          <Field label="Email">{org.email ? <Anchor href={`mailto:${org.email}`} size="sm">{org.email}</Anchor> : '—'}</Field>
          <Field label="Website">{org.website ?? '—'}</Field>
          <Field label="Staff">{org.staffCount ?? staff.data?.total ?? '—'}</Field>
        </SimpleGrid>
        <ExtraFields record={org} known={['id', 'ref', 'name', 'slug', 'npi', 'taxId', 'phone', 'email', 'website', 'acceptingNewClients', 'staffCount']} />
      </Paper>

      <Section title="Enrollments" description="Provider types the organization is enrolled as, and when.">
        <DetailTable<ProviderEnrollment>
          label="Enrollments" records={org.enrollments} empty="No provider-type enrollments"
          idAccessor={(e) => `${e.program}-${e.providerType}-${e.from}`}
          columns={[
            { accessor: 'providerType', title: 'Provider type', render: (e) => <Text size="sm" fw={500}>{humanize(e.providerType)}</Text> },
            { accessor: 'program', title: 'Program', render: (e) => e.program ?? '—' },
            { accessor: 'certifiedThrough', title: 'Certified through', render: (e) => formatDate(e.certifiedThrough) },
            { accessor: 'lastVerifiedOn', title: 'Last verified', render: (e) => formatDate(e.lastVerifiedOn) },
            { accessor: 'from', title: 'From', render: (e) => formatDate(e.from) },
            { accessor: 'to', title: 'To', render: (e) => (e.to ? formatDate(e.to) : 'open') },
            { accessor: 'status', title: 'Status', render: (e) => (e.status ? <StatusBadge status={e.status} /> : <SpanStatus from={e.from} to={e.to} />) },
          ]}
        />
      </Section>

      <Section title="Sites">
        <DetailTable<Site>
          label="Sites" records={org.sites} empty="No sites recorded"
          columns={[
            { accessor: 'name', title: 'Site', render: (s) => <Text size="sm" fw={500}>{s.name}</Text> },
            { accessor: 'county', title: 'County', render: (s) => s.county ?? '—' },
            { accessor: 'address', title: 'Address', render: (s) => addressText(s.address) },
          ]}
        />
      </Section>

      <Section title="Teams" description="ACT and ICM teams run by this organization.">
        <DetailTable<TeamSummary>
          label="Teams" records={teamRows} empty={teams.isPending && !teamsNested ? 'Loading teams…' : 'No teams'}
          columns={[
            { accessor: 'name', title: 'Team', render: (t) => <RouterAnchor to={`/teams/${t.id}`} size="sm" fw={500}>{t.name}</RouterAnchor> },
            { accessor: 'program', title: 'Program', render: (t) => t.program?.toUpperCase() ?? '—' },
            { accessor: 'sizeBand', title: 'Size band', render: (t) => humanize(t.sizeBand) },
            { accessor: 'stage', title: 'Stage', render: (t) => humanize(t.stage) },
            { accessor: 'startDate', title: 'Start date', render: (t) => formatDate(t.startDate) },
            { accessor: 'caseload', title: 'Caseload', textAlign: 'right', render: (t) => t.caseload ?? '—' },
          ]}
        />
      </Section>

      <Section title="Staff" description={staff.data && staff.data.total > staff.data.items.length ? `Showing ${staff.data.items.length} of ${staff.data.total}` : undefined}>
        <DetailTable<StaffSummary>
          label="Staff" records={staff.data?.items} empty={staff.isPending ? 'Loading staff…' : staff.isError ? 'Could not load staff' : 'No staff recorded'}
          columns={[
            { accessor: 'lastName', title: 'Name', render: (s) => <RouterAnchor to={`/staff/${s.id}`} size="sm" fw={500}>{personName(s)}</RouterAnchor> },
            { accessor: 'role', title: 'Role', render: (s) => humanize(s.role) },
          ]}
        />
      </Section>
    </>
  );
}
