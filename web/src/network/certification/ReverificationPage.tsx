import { Button, Group, Paper, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useAuth } from '../../platform/auth.tsx';
import { formatDate, humanize } from '../../platform/format.ts';
import { PageHeader } from '../../platform/PageHeader.tsx';
import { ProblemAlert } from '../../platform/ProblemAlert.tsx';
import { RouterAnchor } from '../../platform/RouterAnchor.tsx';
import { EmptyState, QueryState } from '../../platform/States.tsx';
import { StatusBadge } from '../../platform/StatusBadge.tsx';
import { useReverifications, useReverify } from './api.ts';

const states = ['due-in-30-days', 'due-in-60-days', 'overdue', 'current', 'all'];
const stateColor: Record<string, string> = { 'due-in-30-days': 'orange', 'due-in-60-days': 'yellow', overdue: 'red', current: 'green' };

/** Re-verification dashboard: certified enrollments due in 30 or 60 days, overdue or lapsed; reviewers record re-verification. */
export function ReverificationPage() {
  const { user } = useAuth();
  const isReviewer = user?.role === 'state-admin' || user?.role === 'aso-reviewer';
  const [state, setState] = useState('all');
  const query = useReverifications({ state: state === 'all' ? undefined : state });
  const reverify = useReverify();
  return (
    <>
      <PageHeader title="Re-verification" crumbs={[{ label: 'Network' }, { label: 'Re-verification' }]}
        description="Each certification is re-verified at its provider type's cadence; warnings go out 60 and 30 days ahead, and an overdue enrollment lapses (claims then deny)." />
      <Group mb="sm"><SegmentedControl aria-label="State" value={state} onChange={setState} data={states.map((s) => ({ value: s, label: humanize(s) }))} /></Group>
      {reverify.isError && <ProblemAlert error={reverify.error} />}
      <QueryState query={query} what="re-verifications">
        {(rows) => rows.length === 0 ? <EmptyState title="Nothing here">No certified enrollment is in this state.</EmptyState> : (
          <Paper withBorder radius="md">
            <Table striped data-testid="reverifications">
              <Table.Thead><Table.Tr>
                <Table.Th>Organization</Table.Th><Table.Th>Program / provider type</Table.Th><Table.Th>Enrollment</Table.Th><Table.Th>Last verified</Table.Th>
                <Table.Th>Certified through</Table.Th><Table.Th>Due</Table.Th><Table.Th>State</Table.Th>{isReviewer && <Table.Th />}
              </Table.Tr></Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.enrollmentId}>
                    <Table.Td><RouterAnchor to={`/organizations/${r.organizationId}`} size="sm">{r.organizationName}</RouterAnchor></Table.Td>
                    <Table.Td>{r.program} / {humanize(r.providerType)}{r.everyMonths ? <Text size="xs" c="dimmed">every {r.everyMonths} months</Text> : null}</Table.Td>
                    <Table.Td><StatusBadge status={r.status} /></Table.Td>
                    <Table.Td>{formatDate(r.lastVerifiedOn)}</Table.Td>
                    <Table.Td>{formatDate(r.certifiedThrough)}</Table.Td>
                    <Table.Td>{formatDate(r.dueOn)}{r.daysLeft !== null ? <Text size="xs" c="dimmed">{r.daysLeft < 0 ? `${-r.daysLeft} days ago` : `in ${r.daysLeft} days`}</Text> : null}</Table.Td>
                    <Table.Td><Text size="sm" c={stateColor[r.state] ?? 'dimmed'} fw={600}>{humanize(r.state)}</Text></Table.Td>
                    {isReviewer && <Table.Td><Button size="xs" variant="light" loading={reverify.isPending} onClick={() => reverify.mutate({ enrollmentId: r.enrollmentId })}>Re-verified today</Button></Table.Td>}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </QueryState>
    </>
  );
}
