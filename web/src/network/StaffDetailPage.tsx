import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useStaff, type Credential, type Staff } from './api.ts';
import { DetailTable } from '../platform/DetailTable.tsx';
import { ExtraFields, Field } from '../platform/ExtraFields.tsx';
import { formatDate, humanize, personName } from '../platform/format.ts';
import { PageHeader, Section } from '../platform/PageHeader.tsx';
import { RouterAnchor } from '../platform/RouterAnchor.tsx';
import { QueryState } from '../platform/States.tsx';
import { SpanStatus } from '../platform/StatusBadge.tsx';

/** One staff member: role, organization and credentials with their dates. */
export function StaffDetailPage() {
  const { staffId } = useParams({ strict: false }) as { staffId?: string };
  const query = useStaff(staffId);
  return (
    <QueryState query={query} what="staff member" backTo="/staff" backLabel="Back to staff">
      {(staff) => <StaffView staff={staff} />}
    </QueryState>
  );
}

function StaffView({ staff }: { staff: Staff }) {
  const name = personName(staff);
  return (
    <>
      <PageHeader title={name} crumbs={[{ label: 'Network' }, { label: 'Staff', to: '/staff' }, { label: name }]} description={humanize(staff.role)} />
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Field label="Role">{humanize(staff.role)}</Field>
          <Field label="Organization">
            {staff.organizationId ? <RouterAnchor to={`/organizations/${staff.organizationId}`} size="sm">{staff.organizationName ?? staff.organizationId}</RouterAnchor> : '—'}
          </Field>
          <Field label="Team">{staff.teamId ? <RouterAnchor to={`/teams/${staff.teamId}`} size="sm">{staff.teamName ?? staff.teamId}</RouterAnchor> : '—'}</Field>
          <Field label="Degree">{humanize(staff.degree)}</Field>
          <Field label="NPI"><Text size="sm" ff="monospace">{staff.npi ?? '—'}</Text></Field>
          <Field label="Reference"><Text size="sm" ff="monospace">{staff.ref ?? '—'}</Text></Field>
        </SimpleGrid>
        <ExtraFields record={staff} known={['id', 'ref', 'firstName', 'lastName', 'name', 'role', 'organizationId', 'organizationName', 'teamId', 'teamName', 'npi', 'degree']} />
      </Paper>
      <Section title="Credentials" description="Licenses, certifications and trainings, with the dates they are valid.">
        <DetailTable<Credential>
          label="Credentials" records={staff.credentials} empty="No credentials recorded"
          idAccessor={(c) => `${c.kind}-${c.name}-${c.from}`}
          columns={[
            { accessor: 'name', title: 'Credential', render: (c) => <Text size="sm" fw={500}>{c.name}</Text> },
            { accessor: 'kind', title: 'Kind', render: (c) => humanize(c.kind) },
            { accessor: 'number', title: 'Number', render: (c) => <Text size="sm" ff="monospace">{c.number ?? '—'}</Text> },
            { accessor: 'issuer', title: 'Issuer', render: (c) => c.issuer ?? '—' },
            { accessor: 'from', title: 'From', render: (c) => formatDate(c.from) },
            { accessor: 'to', title: 'To', render: (c) => (c.to ? formatDate(c.to) : 'open') },
            { accessor: 'status', title: 'Status', render: (c) => <SpanStatus from={c.from} to={c.to} /> },
          ]}
        />
      </Section>
    </>
  );
}
