import { Text } from '@mantine/core';
import { useMemberList, type MemberSummary } from './api.ts';
import { formatDate, personName } from '../platform/format.ts';
import { PageHeader } from '../platform/PageHeader.tsx';
import { PagedSearchTable } from '../platform/PagedSearchTable.tsx';
import { useListSearch } from '../platform/paged-list.ts';
import { RouterAnchor } from '../platform/RouterAnchor.tsx';
import { useAuth, seesAllOrganizations } from '../platform/auth.tsx';

/** Members the user may see: all for state and ASO staff, their own organization's for providers. */
export function MemberListPage() {
  const { user } = useAuth();
  const { q, page, setQ, setPage } = useListSearch();
  const query = useMemberList({ q, page });
  return (
    <>
      <PageHeader
        title="Members"
        crumbs={[{ label: 'Members' }]}
        description={seesAllOrganizations(user) ? 'All members in the program.' : `Members enrolled with ${user?.organizationName ?? 'your organization'}.`}
      />
      <PagedSearchTable<MemberSummary>
        label="Members" query={query} q={q} page={page} onSearch={setQ} onPageChange={setPage}
        searchPlaceholder="Name or Medicaid ID"
        rowHref={(m) => `/members/${m.id}`}
        columns={[
          { accessor: 'lastName', title: 'Member', render: (m) => <RouterAnchor to={`/members/${m.id}`} fw={600} size="sm" data-testid="member-link">{personName(m)}</RouterAnchor> },
          { accessor: 'medicaidId', title: 'Medicaid ID', render: (m) => <Text size="sm" ff="monospace">{m.medicaidId ?? '—'}</Text> },
          { accessor: 'birthDate', title: 'Birth date', render: (m) => formatDate(m.birthDate) },
          { accessor: 'county', title: 'County', render: (m) => m.county ?? '—' },
          { accessor: 'ref', title: 'Reference', render: (m) => <Text size="sm" ff="monospace" c="dimmed">{m.ref ?? '—'}</Text> },
        ]}
      />
    </>
  );
}
