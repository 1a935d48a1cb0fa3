import { Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTeamList } from '../api.ts';
import { PageHeader } from '../../platform/PageHeader.tsx';
import { RouterAnchor } from '../../platform/RouterAnchor.tsx';
import { LoadingState } from '../../platform/States.tsx';

/** Where fidelity work starts: pick a team (TMACT reviews) or its organization (item-scale reviews). */
export function FidelityIndexPage() {
  const [q, setQ] = useState('');
  const teams = useTeamList({ q, page: 1, pageSize: 50 });
  return (
    <>
      <PageHeader title="Fidelity reviews" crumbs={[{ label: 'Network' }, { label: 'Fidelity' }]}
        description="Team fidelity levels and reviews (TMACT), and organizations' Supported Employment scale reviews." />
      <TextInput label="Search teams" type="search" value={q} onChange={(e) => setQ(e.currentTarget.value)} w={320} mb="md" />
      {teams.isPending ? <LoadingState /> : (
        <Table aria-label="Teams" striped>
          <Table.Thead><Table.Tr><Table.Th>Team</Table.Th><Table.Th>Program</Table.Th><Table.Th>Organization</Table.Th><Table.Th>Scale reviews</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>{(teams.data?.items ?? []).map((t) => (
            <Table.Tr key={t.id}>
              <Table.Td><RouterAnchor to={`/teams/${t.id}/fidelity`} size="sm">{t.name}</RouterAnchor></Table.Td>
              <Table.Td><Text size="sm">{t.program?.toUpperCase()}</Text></Table.Td>
              <Table.Td><Text size="sm">{t.organizationName}</Text></Table.Td>
              <Table.Td>{t.organizationId && <RouterAnchor to={`/organizations/${t.organizationId}/scale-reviews`} size="sm">Scale reviews</RouterAnchor>}</Table.Td>
            </Table.Tr>
          ))}</Table.Tbody>
        </Table>
      )}
    </>
  );
}
