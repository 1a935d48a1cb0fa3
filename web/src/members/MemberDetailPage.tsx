import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useMember, type EligibilitySpan, type Member, type MemberAuthorization, type PlanLine, type ProgramEnrollment } from './api.ts';
import { DetailTable } from '../platform/DetailTable.tsx';
import { UnitsUsed } from '../platform/UnitsUsed.tsx';
import { addressText } from '../platform/address.ts';
import { ExtraFields, Field } from '../platform/ExtraFields.tsx';
import { formatDate, humanize, isWithin, personName, today } from '../platform/format.ts';
import { PageHeader, Section } from '../platform/PageHeader.tsx';
import { RouterAnchor } from '../platform/RouterAnchor.tsx';
import { QueryState } from '../platform/States.tsx';
import { SpanStatus, StatusBadge } from '../platform/StatusBadge.tsx';
import { useServiceNames } from '../catalog/use-service-names.ts';

/** One member: demographics, eligibility, program enrollments, Recovery Plan service lines, authorizations. */
export function MemberDetailPage() {
  const { memberId } = useParams({ strict: false }) as { memberId?: string };
  const query = useMember(memberId);
  return (
    <QueryState query={query} what="member" backTo="/members" backLabel="Back to members">
      {(member) => <MemberView member={member} />}
    </QueryState>
  );
}

const sexLabels: Record<string, string> = { F: 'Female', M: 'Male', X: 'X', U: 'Unknown' };

function ageOn(birthDate: string | undefined, date: string): number | undefined {
  if (!birthDate || !/^\d{4}-\d{2}-\d{2}/.test(birthDate)) return undefined;
  const [by, bm, bd] = birthDate.slice(0, 10).split('-').map(Number);
  const [y, m, d] = date.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function MemberView({ member }: { member: Member }) {
  const serviceName = useServiceNames();
  const name = personName(member);
  const now = today();
  const eligibleToday = (member.eligibility ?? []).some((e) => isWithin(now, e));
  const age = ageOn(member.birthDate, now);
  return (
    <>
      <PageHeader
        title={<span data-testid="member-name">{name}</span>}
        crumbs={[{ label: 'Members', to: '/members' }, { label: name }]}
        badges={member.eligibility ? <Badge color={eligibleToday ? 'green' : 'red'} variant="light" tt="none">{eligibleToday ? 'Eligible today' : 'Not eligible today'}</Badge> : undefined}
      />
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Field label="Medicaid ID"><Text ff="monospace" size="sm">{member.medicaidId ?? '—'}</Text></Field>
          <Field label="Birth date">{formatDate(member.birthDate)}{age !== undefined ? ` (age ${age})` : ''}</Field>
          <Field label="County">{member.county ?? '—'}</Field>
          <Field label="Sex">{member.sex ? (sexLabels[member.sex] ?? member.sex) : '—'}</Field>
          <Field label="Address">{addressText(member.address)}</Field>
          <Field label="Phone">{member.phone ?? '—'}</Field>
          <Field label="Care manager" testId="care-manager">{member.careManager?.name ?? 'None assigned'}</Field>
          <Field label="Reference"><Text ff="monospace" size="sm">{member.ref ?? member.id}</Text></Field>
        </SimpleGrid>
        <ExtraFields record={member} known={['id', 'ref', 'medicaidId', 'firstName', 'lastName', 'birthDate', 'sex', 'county', 'phone']} />
      </Paper>

      <Section title="Medicaid eligibility">
        <DetailTable<EligibilitySpan>
          label="Eligibility spans" records={member.eligibility} empty="No eligibility spans recorded"
          idAccessor={(e) => `${e.program}-${e.from}`}
          columns={[
            { accessor: 'program', title: 'Program', render: (e) => e.program ?? '—' },
            { accessor: 'category', title: 'Category', render: (e) => e.category ?? '—' },
            { accessor: 'from', title: 'From', render: (e) => formatDate(e.from) },
            { accessor: 'to', title: 'To', render: (e) => (e.to ? formatDate(e.to) : 'open') },
            { accessor: 'status', title: 'Status', render: (e) => <SpanStatus from={e.from} to={e.to} /> },
          ]}
        />
      </Section>

      <Section title="Program enrollments" description="The organization and team responsible for the member in each program.">
        <DetailTable<ProgramEnrollment>
          label="Program enrollments" records={member.enrollments} empty="Not enrolled in any program"
          idAccessor={(e) => `${e.program}-${e.organizationId}-${e.from}`}
          columns={[
            { accessor: 'program', title: 'Program', render: (e) => <Text size="sm" fw={500}>{e.program}</Text> },
            { accessor: 'organizationName', title: 'Organization', render: (e) => e.organizationId ? <RouterAnchor to={`/organizations/${e.organizationId}`} size="sm">{e.organizationName ?? e.organizationId}</RouterAnchor> : (e.organizationName ?? '—') },
            { accessor: 'teamId', title: 'Team', render: (e) => e.teamId ? <RouterAnchor to={`/teams/${e.teamId}`} size="sm">{e.teamName ?? 'Team'}</RouterAnchor> : '—' },
            { accessor: 'from', title: 'From', render: (e) => formatDate(e.from) },
            { accessor: 'to', title: 'To', render: (e) => (e.to ? formatDate(e.to) : 'open') },
            { accessor: 'status', title: 'Status', render: (e) => <SpanStatus from={e.from} to={e.to} /> },
          ]}
        />
      </Section>

      <Section title="Recovery Plan service lines" description="Services on the member's Recovery Plan, with frequency, amount and duration.">
        <DetailTable<PlanLine>
          label="Recovery Plan service lines" records={member.planLines} empty="No Recovery Plan service lines"
          idAccessor={(l) => l.id ?? `${l.service}-${l.from}-${l.organizationId}`}
          columns={[
            { accessor: 'service', title: 'Service', render: (l) => <Stack gap={0}><Text size="sm" fw={500}>{serviceName(l.service)}</Text>{l.code && <Text size="xs" c="dimmed" ff="monospace">{l.code}</Text>}</Stack> },
            { accessor: 'organizationName', title: 'Provider', render: (l) => l.organizationId ? <RouterAnchor to={`/organizations/${l.organizationId}`} size="sm">{l.organizationName ?? l.organizationId}</RouterAnchor> : (l.organizationName ?? '—') },
            { accessor: 'frequency', title: 'Frequency', render: (l) => humanize(l.frequency) },
            { accessor: 'amount', title: 'Amount', textAlign: 'right', render: (l) => (l.amount === undefined ? '—' : `${l.amount}${l.unit ? ` ${l.unit}` : ''}`) },
            { accessor: 'from', title: 'From', render: (l) => formatDate(l.from) },
            { accessor: 'to', title: 'To', render: (l) => (l.to ? formatDate(l.to) : 'open') },
            { accessor: 'status', title: 'Status', render: (l) => <StatusBadge status={l.status} /> },
          ]}
        />
      </Section>

      <Section title="Authorizations">
        <DetailTable<MemberAuthorization>
          label="Authorizations" records={member.authorizations} empty="No authorizations"
          columns={[
            { accessor: 'id', title: 'Authorization', render: (a) => <RouterAnchor to={`/authorizations/${a.id}`} size="sm" ff="monospace">{a.ref ?? a.id}</RouterAnchor> },
            { accessor: 'service', title: 'Service', render: (a) => <Stack gap={0}><Text size="sm">{serviceName(a.service)}</Text>{a.code && <Text size="xs" c="dimmed" ff="monospace">{a.code}</Text>}</Stack> },
            { accessor: 'organizationName', title: 'Provider', render: (a) => a.organizationName ?? '—' },
            {
              accessor: 'units', title: 'Units used', textAlign: 'right', render: (a) => <UnitsUsed used={a.unitsUsed} units={a.units} />,
            },
            { accessor: 'from', title: 'From', render: (a) => formatDate(a.from) },
            { accessor: 'to', title: 'To', render: (a) => (a.to ? formatDate(a.to) : 'open') },
            { accessor: 'status', title: 'Status', render: (a) => <Group gap={4}><StatusBadge status={a.status} />{a.mode && <Text size="xs" c="dimmed">{humanize(a.mode)}</Text>}</Group> },
          ]}
        />
      </Section>
    </>
  );
}
