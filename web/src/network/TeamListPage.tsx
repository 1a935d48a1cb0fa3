import { Text } from '@mantine/core';
import { useTeamList, type TeamSummary } from './api.ts';
import { formatDate, humanize } from '../platform/format.ts';
import { PageHeader } from '../platform/PageHeader.tsx';
import { PagedSearchTable } from '../platform/PagedSearchTable.tsx';
import { useListSearch } from '../platform/paged-list.ts';
import { RouterAnchor } from '../platform/RouterAnchor.tsx';

/** ACT and ICM teams: program, size band, stage, start date and caseload. */
export function TeamListPage() {
  const { q, page, setQ, setPage } = useListSearch();
  const query = useTeamList({ q, page });
  return (
    <>
      <PageHeader title="Teams" crumbs={[{ label: 'Network' }, { label: 'Teams' }]} description="Assertive Community Treatment and Intensive Case Management teams, their size band, stage and fidelity level." />
      <PagedSearchTable<TeamSummary>
        label="Teams" query={query} q={q} page={page} onSearch={setQ} onPageChange={setPage}
        searchPlaceholder="Team or organization name"
        rowHref={(t) => `/teams/${t.id}`}
        columns={[
          { accessor: 'name', title: 'Team', render: (t) => <RouterAnchor to={`/teams/${t.id}`} fw={600} size="sm">{t.name}</RouterAnchor> },
          { accessor: 'organizationName', title: 'Organization', render: (t) => t.organizationId ? <RouterAnchor to={`/organizations/${t.organizationId}`} size="sm">{t.organizationName ?? t.organizationId}</RouterAnchor> : '—' },
          { accessor: 'program', title: 'Program', render: (t) => <Text size="sm" fw={500}>{t.program?.toUpperCase() ?? '—'}</Text> },
          { accessor: 'sizeBand', title: 'Size band', render: (t) => humanize(t.sizeBand) },
          { accessor: 'stage', title: 'Stage', render: (t) => humanize(t.stage) },
          { accessor: 'startDate', title: 'Start date', render: (t) => formatDate(t.startDate) },
          { accessor: 'caseload', title: 'Caseload', textAlign: 'right', render: (t) => t.caseload ?? '—' },
        ]}
      />
    </>
  );
}
