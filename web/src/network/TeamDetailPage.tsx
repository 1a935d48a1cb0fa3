import { Badge, Paper, SimpleGrid, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTeam, type FidelitySpan, type Team } from './api.ts';
import { DetailTable } from '../platform/DetailTable.tsx';
import { ExtraFields, Field } from '../platform/ExtraFields.tsx';
import { formatDate, humanize, isWithin, today } from '../platform/format.ts';
import { PageHeader, Section } from '../platform/PageHeader.tsx';
import { RouterAnchor } from '../platform/RouterAnchor.tsx';
import { QueryState } from '../platform/States.tsx';

/** One team: program, size band, stage, start date, caseload and its fidelity level history. */
export function TeamDetailPage() {
  const { teamId } = useParams({ strict: false }) as { teamId?: string };
  const query = useTeam(teamId);
  return (
    <QueryState query={query} what="team" backTo="/teams" backLabel="Back to teams">
      {(team) => <TeamView team={team} />}
    </QueryState>
  );
}

function TeamView({ team }: { team: Team }) {
  const history = [...(team.fidelity ?? [])].sort((a, b) => b.from.localeCompare(a.from));
  const current = history.find((f) => isWithin(today(), f));
  return (
    <>
      <PageHeader
        title={team.name}
        crumbs={[{ label: 'Network' }, { label: 'Teams', to: '/teams' }, { label: team.name }]}
        description={team.organizationName ? <>Team of <RouterAnchor to={`/organizations/${team.organizationId}`} size="sm">{team.organizationName}</RouterAnchor></> : undefined}
        badges={team.program ? <Badge size="lg" variant="light">{team.program.toUpperCase()}</Badge> : undefined}
      />
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 2, md: 5 }}>
          <Field label="Program">{team.program?.toUpperCase() ?? '—'}</Field>
          <Field label="Size band">{humanize(team.sizeBand)}</Field>
          <Field label="Stage">{humanize(team.stage)}</Field>
          <Field label="Start date">{formatDate(team.startDate)}</Field>
          <Field label="Caseload today" testId="caseload">{team.caseload ?? '—'}{team.caseloadCap ? ` of ${team.caseloadCap}` : ''}</Field>
          <Field label="Fidelity level today">{current ? humanize(current.level) : '—'}</Field>
        </SimpleGrid>
        <ExtraFields record={team} known={['id', 'ref', 'name', 'organizationId', 'organizationName', 'siteId', 'program', 'sizeBand', 'stage', 'startDate', 'caseload', 'caseloadCap']} />
      </Paper>
      <Section title="Fidelity level history" description="The level the team bills at, from each fidelity review.">
        <DetailTable<FidelitySpan>
          label="Fidelity level history" records={history} empty="No fidelity reviews recorded"
          idAccessor={(f) => `${f.level}-${f.from}`}
          columns={[
            { accessor: 'level', title: 'Level', render: (f) => <Text size="sm" fw={f === current ? 700 : 400}>{humanize(f.level)}{f === current ? ' (current)' : ''}</Text> },
            { accessor: 'overallScore', title: 'Overall score', textAlign: 'right', render: (f) => (typeof f.overallScore === 'number' ? f.overallScore.toFixed(2) : '—') },
            { accessor: 'from', title: 'From', render: (f) => formatDate(f.from) },
            { accessor: 'to', title: 'To', render: (f) => (f.to ? formatDate(f.to) : 'open') },
          ]}
        />
      </Section>
    </>
  );
}
