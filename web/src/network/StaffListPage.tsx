import { useStaffList, type StaffSummary } from './api.ts';
import { humanize, personName } from '../platform/format.ts';
import { PageHeader } from '../platform/PageHeader.tsx';
import { PagedSearchTable } from '../platform/PagedSearchTable.tsx';
import { useListSearch } from '../platform/paged-list.ts';
import { RouterAnchor } from '../platform/RouterAnchor.tsx';

/** Staff of the organizations the user may see, with their role. */
export function StaffListPage() {
  const { q, page, setQ, setPage } = useListSearch();
  const query = useStaffList({ q, page });
  return (
    <>
      <PageHeader title="Staff" crumbs={[{ label: 'Network' }, { label: 'Staff' }]} description="Practitioners and their credentials." />
      <PagedSearchTable<StaffSummary>
        label="Staff" query={query} q={q} page={page} onSearch={setQ} onPageChange={setPage}
        searchPlaceholder="Name"
        rowHref={(s) => `/staff/${s.id}`}
        columns={[
          { accessor: 'lastName', title: 'Name', render: (s) => <RouterAnchor to={`/staff/${s.id}`} fw={600} size="sm">{personName(s)}</RouterAnchor> },
          { accessor: 'role', title: 'Role', render: (s) => humanize(s.role) },
          { accessor: 'teamName', title: 'Team', render: (s) => s.teamId ? <RouterAnchor to={`/teams/${s.teamId}`} size="sm">{s.teamName ?? 'Team'}</RouterAnchor> : '—' },
          { accessor: 'organizationName', title: 'Organization', render: (s) => s.organizationId ? <RouterAnchor to={`/organizations/${s.organizationId}`} size="sm">{s.organizationName ?? s.organizationId}</RouterAnchor> : '—' },
        ]}
      />
    </>
  );
}
