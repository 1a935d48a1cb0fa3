import { LineChart } from '@mantine/charts';
import { Alert, Badge, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useAuth } from '../../platform/auth.tsx';
import { formatDate, humanize } from '../../platform/format.ts';
import { PageHeader, Section } from '../../platform/PageHeader.tsx';
import { ProblemAlert } from '../../platform/ProblemAlert.tsx';
import { RouterAnchor } from '../../platform/RouterAnchor.tsx';
import { EmptyState, LoadingState } from '../../platform/States.tsx';
import { useCloseFidelityReview, useFidelityPreview, useRecordFidelityReview, useTeamFidelity, type TeamFidelityView } from './api.ts';

const reviewerRoles = new Set(['state-admin', 'aso-reviewer']);

/** A team's fidelity: level history (chart), billing consequences today, reviews, and the TMACT review form for reviewers. */
export function TeamFidelityPage() {
  const { teamId } = useParams({ strict: false }) as { teamId?: string };
  const query = useTeamFidelity(teamId);
  const { user } = useAuth();
  if (query.isPending) return <LoadingState label="Loading the team's fidelity…" />;
  if (query.error) return <ProblemAlert error={query.error} />;
  const view = query.data;
  const levelName = (id: string | null | undefined) => view.instrument?.levels.find((l) => l.id === id)?.name ?? humanize(id);
  const current = view.billing.at(-1);
  return (
    <>
      <PageHeader title={`${view.teamName}: fidelity`}
        crumbs={[{ label: 'Network' }, { label: 'Teams', to: '/teams' }, { label: view.teamName, to: `/teams/${view.teamId}` }, { label: 'Fidelity' }]}
        description={view.instrument ? `Rated on the ${view.instrument.name}.` : 'The policy has no fidelity instrument for this team program.'}
        badges={current ? <Badge size="lg" variant="light" data-testid="current-level">{levelName(current.level)}{current.pended ? ' (billing pended)' : ''}</Badge> : undefined} />
      <Section title="Level history">
        <LevelChart view={view} levelName={levelName} />
      </Section>
      <Section title="Billing consequences today" description="What the team's services bill at, from its current level on: pended while a review is open, reverted when a cure failed.">
        {view.billing.length === 0 ? <EmptyState title="No fidelity level recorded" /> : (
          <Table aria-label="Billing periods" striped>
            <Table.Thead><Table.Tr><Table.Th>From</Table.Th><Table.Th>To</Table.Th><Table.Th>Level held</Table.Th><Table.Th>Bills as</Table.Th><Table.Th>Why</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>{view.billing.map((p) => (
              <Table.Tr key={p.from}><Table.Td>{formatDate(p.from)}</Table.Td><Table.Td>{p.to ? formatDate(p.to) : 'open'}</Table.Td>
                <Table.Td>{levelName(p.level)}</Table.Td><Table.Td>{levelName(p.billsAs)} ({p.rateProgram})</Table.Td>
                <Table.Td>{p.pended ? <Badge color="orange">pended</Badge> : humanize(p.why)}</Table.Td></Table.Tr>
            ))}</Table.Tbody>
          </Table>
        )}
        {view.deadlines.map((d) => (
          <Text key={`${d.kind}-${d.due}`} size="sm" mt="xs">{d.kind === 'cure' ? 'Cure window' : `Must reach ${levelName(d.level)}`} by {formatDate(d.due)}: {d.met === null ? 'open' : d.met ? 'met' : 'missed'}</Text>
        ))}
      </Section>
      <Section title="Reviews">
        {view.reviews.length === 0 ? <EmptyState title="No reviews recorded" /> : (
          <Table aria-label="Fidelity reviews" striped>
            <Table.Thead><Table.Tr><Table.Th>Kind</Table.Th><Table.Th>Requested / reviewed</Table.Th><Table.Th>Closed</Table.Th><Table.Th>Overall</Table.Th><Table.Th>Outcome</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>{view.reviews.map((r) => (
              <Table.Tr key={r.id}><Table.Td>{humanize(r.kind)}</Table.Td><Table.Td>{formatDate(r.requestedOn)}</Table.Td>
                <Table.Td>{r.closedOn ? formatDate(r.closedOn) : <Badge color="orange">open{r.cureDueOn ? `, cure by ${formatDate(r.cureDueOn)}` : ''}</Badge>}</Table.Td>
                <Table.Td>{r.overallScore?.toFixed(2) ?? '—'}</Table.Td><Table.Td>{r.outcomeLevel ? levelName(r.outcomeLevel) : '—'}</Table.Td></Table.Tr>
            ))}</Table.Tbody>
          </Table>
        )}
      </Section>
      {view.instrument && user && reviewerRoles.has(user.role) && <InformationRequest view={view} levelName={levelName} />}
      {view.instrument && user && reviewerRoles.has(user.role) && <TmactReviewForm view={view} levelName={levelName} />}
      <Text size="sm" mt="md"><RouterAnchor to={`/organizations/${view.organizationId}/scale-reviews`} size="sm">Supported Employment scale reviews of this organization</RouterAnchor></Text>
    </>
  );
}

function LevelChart({ view, levelName }: { view: TeamFidelityView; levelName: (id: string) => string }) {
  const rank = (id: string) => view.instrument?.levels.find((l) => l.id === id)?.rank ?? 0;
  const data = view.levels.flatMap((l) => [
    { date: l.from, level: rank(l.level) },
    ...(l.to ? [{ date: l.to, level: rank(l.level) }] : []),
  ]);
  if (!data.length) return <EmptyState title="No fidelity level recorded" />;
  const ticks = [...(view.instrument?.levels ?? [])].sort((a, b) => a.rank - b.rank);
  return (
    <Paper withBorder p="md" radius="md" data-testid="level-chart">
      <LineChart h={220} data={data} dataKey="date" curveType="stepAfter" withDots
        series={[{ name: 'level', label: 'Fidelity level', color: 'blue.6' }]}
        yAxisProps={{ domain: [0, Math.max(...ticks.map((t) => t.rank), 1)], ticks: ticks.map((t) => t.rank), width: 130 }}
        valueFormatter={(v) => levelName(ticks.find((t) => t.rank === v)?.id ?? '')} />
    </Paper>
  );
}

function TmactReviewForm({ view, levelName }: { view: TeamFidelityView; levelName: (id: string) => string }) {
  const instrument = view.instrument!;
  const [reviewedOn, setReviewedOn] = useState(new Date().toISOString().slice(0, 10));
  const [overall, setOverall] = useState<number | null>(null);
  const [scores, setScores] = useState<Record<string, number>>({});
  const preview = useFidelityPreview(view.teamId, overall, scores);
  const record = useRecordFidelityReview(view.teamId);
  const complete = overall !== null && instrument.subscales.every((s) => typeof scores[s.id] === 'number');
  const setScore = (id: string, v: string | number) => setScores((s) => {
    const next = { ...s };
    if (typeof v === 'number') next[id] = v; else delete next[id];
    return next;
  });
  return (
    <Section title="Record a TMACT review" description="Scores run 1–5. The level is computed from the program's thresholds as you type." testId="tmact-form">
      <Stack>
        <Group align="end">
          <TextInput label="Review date" type="date" value={reviewedOn} onChange={(e) => setReviewedOn(e.currentTarget.value)} w={180} />
          <NumberInput label="Overall score" min={1} max={5} step={0.1} decimalScale={2} w={160}
            value={overall ?? ''} onChange={(v) => setOverall(typeof v === 'number' ? v : null)} />
          {preview.data && overall !== null && (
            <Badge size="xl" variant="filled" data-testid="computed-level">Computed level: {preview.data.level.name}</Badge>
          )}
        </Group>
        <SimpleGrid cols={{ base: 2, md: 5 }}>
          {instrument.subscales.map((s) => (
            <NumberInput key={s.id} label={s.id} description={s.name.replace(/^\S+\s—\s/, '')} min={1} max={5} step={0.1} decimalScale={2}
              value={scores[s.id] ?? ''} onChange={(v) => setScore(s.id, v)} aria-label={`${s.id} score`} />
          ))}
        </SimpleGrid>
        {preview.data && overall !== null && (
          <Table aria-label="Threshold checks" striped withTableBorder>
            <Table.Thead><Table.Tr><Table.Th>Level</Table.Th><Table.Th>Threshold</Table.Th><Table.Th>Needed</Table.Th><Table.Th>Saw</Table.Th><Table.Th>Met</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>{preview.data.checks.map((c) => (
              <Table.Tr key={`${c.level}-${c.rule}`}><Table.Td>{levelName(c.level)}</Table.Td><Table.Td>{c.text ?? c.rule}</Table.Td>
                <Table.Td>≥ {c.needed}</Table.Td><Table.Td>{c.saw ?? '—'}</Table.Td>
                <Table.Td>{c.met ? <Badge color="green">met</Badge> : <Badge color="red">not met</Badge>}</Table.Td></Table.Tr>
            ))}</Table.Tbody>
          </Table>
        )}
        {record.error ? <ProblemAlert error={record.error} /> : null}
        {record.data && <Alert color="green" data-testid="review-recorded">Review recorded: the team is at {levelName(record.data.outcomeLevel ?? '')} from {formatDate(record.data.requestedOn)}.</Alert>}
        <Group><Button disabled={!complete || record.isPending} loading={record.isPending}
          onClick={() => record.mutate({ kind: 'full', reviewedOn, overall: overall!, scores })}>Record review</Button></Group>
      </Stack>
    </Section>
  );
}

/** Open an information request (billing pends from its date) or close the open one with the cure facts. */
function InformationRequest({ view, levelName }: { view: TeamFidelityView; levelName: (id: string) => string }) {
  const open = view.reviews.find((r) => r.kind === 'information-request' && !r.closedOn);
  const today = new Date().toISOString().slice(0, 10);
  const [requestedOn, setRequestedOn] = useState(today);
  const [closedOn, setClosedOn] = useState(today);
  const [belowFloorOn, setBelowFloorOn] = useState('');
  const [curedOn, setCuredOn] = useState('');
  const request = useRecordFidelityReview(view.teamId);
  const close = useCloseFidelityReview(view.teamId);
  return (
    <Section title="Information request" description="A request on any metric pends the team's billing from its date. A metric below the floor has the cure window the program sets; not cured by its last day, billing reverts for all pended and future services." testId="information-request">
      {open ? (
        <Stack>
          <Text size="sm">Open since {formatDate(open.requestedOn)} (team held {levelName(open.heldLevel ?? '')}){open.cureDueOn ? `; cure by ${formatDate(open.cureDueOn)}` : ''}.</Text>
          <Group align="end">
            <TextInput label="Closed on" type="date" value={closedOn} onChange={(e) => setClosedOn(e.currentTarget.value)} w={170} />
            <TextInput label="Metric below floor on (if any)" type="date" value={belowFloorOn} onChange={(e) => setBelowFloorOn(e.currentTarget.value)} w={230} />
            <TextInput label="Cured on (if cured)" type="date" value={curedOn} onChange={(e) => setCuredOn(e.currentTarget.value)} w={190} />
            <Button onClick={() => close.mutate({ id: open.id, closedOn, belowFloorOn: belowFloorOn || null, curedOn: curedOn || null })} loading={close.isPending}>Close review</Button>
          </Group>
          {close.error ? <ProblemAlert error={close.error} /> : null}
        </Stack>
      ) : (
        <Stack>
          <Group align="end">
            <TextInput label="Requested on" type="date" value={requestedOn} onChange={(e) => setRequestedOn(e.currentTarget.value)} w={170} />
            <Button variant="light" onClick={() => request.mutate({ kind: 'information-request', requestedOn })} loading={request.isPending}>Open information request</Button>
          </Group>
          {request.error ? <ProblemAlert error={request.error} /> : null}
          {close.data && <Alert color={close.data.outcomeLevel === close.data.heldLevel ? 'green' : 'orange'}>Review closed: the team is at {levelName(close.data.outcomeLevel ?? '')}.</Alert>}
        </Stack>
      )}
    </Section>
  );
}
