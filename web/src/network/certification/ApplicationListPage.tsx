import { Button, Group, Paper, SegmentedControl, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useAuth } from '../../platform/auth.tsx';
import { formatDate, humanize } from '../../platform/format.ts';
import { PageHeader } from '../../platform/PageHeader.tsx';
import { RouterAnchor } from '../../platform/RouterAnchor.tsx';
import { EmptyState, QueryState } from '../../platform/States.tsx';
import { StatusBadge } from '../../platform/StatusBadge.tsx';
import { useApplications } from './api.ts';

const filters = ['submitted', 'needs-info', 'draft', 'approved', 'provisional', 'denied', 'all'];

/** Certification applications: the reviewer queue (oldest submission first) or a provider's own applications. */
export function ApplicationListPage() {
  const { user } = useAuth();
  const isProvider = user?.role === 'provider-staff';
  const [status, setStatus] = useState(isProvider ? 'all' : 'submitted');
  const query = useApplications({ status: status === 'all' ? undefined : status });
  return (
    <>
      <PageHeader
        title={isProvider ? 'Certification applications' : 'Certification review queue'}
        crumbs={[{ label: 'Network' }, { label: 'Certification' }]}
        description={isProvider ? 'Apply to be certified as a provider type of a program, and follow your applications.'
          : 'Applications waiting for review, oldest first. Open one to review it item by item and decide.'}
        actions={isProvider ? <Button component={Link} to="/certification/apply">Apply for certification</Button> : undefined}
      />
      <Group mb="sm"><SegmentedControl data={filters.map((f) => ({ value: f, label: humanize(f) }))} value={status} onChange={setStatus} aria-label="Status" /></Group>
      <QueryState query={query} what="applications">
        {(page) => page.items.length === 0 ? <EmptyState title="No applications">Nothing with this status.</EmptyState> : (
          <Paper withBorder radius="md">
            <Table striped highlightOnHover data-testid="applications">
              <Table.Thead><Table.Tr>
                <Table.Th>Organization</Table.Th><Table.Th>Program</Table.Th><Table.Th>Provider type</Table.Th><Table.Th>Status</Table.Th>
                <Table.Th>Submitted</Table.Th><Table.Th>Age (days)</Table.Th>
              </Table.Tr></Table.Thead>
              <Table.Tbody>
                {page.items.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td><RouterAnchor to={`/certification/${a.id}`} size="sm">{a.organizationName}</RouterAnchor></Table.Td>
                    <Table.Td>{a.program}</Table.Td>
                    <Table.Td>{humanize(a.providerType)}</Table.Td>
                    <Table.Td><StatusBadge status={a.status} /></Table.Td>
                    <Table.Td>{a.submittedAt ? formatDate(a.submittedAt.slice(0, 10)) : <Text size="sm" c="dimmed">not yet</Text>}</Table.Td>
                    <Table.Td>{a.ageDays}</Table.Td>
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
