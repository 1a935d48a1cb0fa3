import { Badge, Text } from '@mantine/core';
import { useOrganizationList, type OrganizationSummary } from './api.ts';
import { PageHeader } from '../platform/PageHeader.tsx';
import { PagedSearchTable } from '../platform/PagedSearchTable.tsx';
import { useListSearch } from '../platform/paged-list.ts';
import { RouterAnchor } from '../platform/RouterAnchor.tsx';

/** Provider organizations the user may see, searchable by name or NPI. */
export function OrganizationListPage() {
  const { q, page, setQ, setPage } = useListSearch();
  const query = useOrganizationList({ q, page });
  return (
    <>
      <PageHeader title="Organizations" crumbs={[{ label: 'Network' }, { label: 'Organizations' }]} description="Provider agencies: their enrollments by provider type, sites, teams and staff." />
      <PagedSearchTable<OrganizationSummary>
        label="Organizations" query={query} q={q} page={page} onSearch={setQ} onPageChange={setPage}
        searchPlaceholder="Name or NPI"
        rowHref={(o) => `/organizations/${o.id}`}
        columns={[
          { accessor: 'name', title: 'Organization', render: (o) => <RouterAnchor to={`/organizations/${o.id}`} fw={600} size="sm">{o.name}</RouterAnchor> },
          { accessor: 'npi', title: 'NPI', render: (o) => <Text size="sm" ff="monospace">{o.npi ?? '—'}</Text> },
          { accessor: 'ref', title: 'Reference', render: (o) => <Text size="sm" ff="monospace">{o.ref ?? '—'}</Text> },
          {
            accessor: 'acceptingNewClients', title: 'New clients', render: (o) => typeof o.acceptingNewClients === 'boolean'
              ? <Badge variant="light" color={o.acceptingNewClients ? 'green' : 'gray'} tt="none">{o.acceptingNewClients ? 'Accepting' : 'Not accepting'}</Badge>
              : '—',
          },
        ]}
      />
    </>
  );
}
