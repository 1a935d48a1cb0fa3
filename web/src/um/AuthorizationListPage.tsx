import { Stack, Text } from '@mantine/core';
import { useAuthorizationList, type Authorization } from './api.ts';
import { UnitsUsed } from '../platform/UnitsUsed.tsx';
import { formatDate, humanize } from '../platform/format.ts';
import { PageHeader } from '../platform/PageHeader.tsx';
import { PagedSearchTable } from '../platform/PagedSearchTable.tsx';
import { useListSearch } from '../platform/paged-list.ts';
import { RouterAnchor } from '../platform/RouterAnchor.tsx';
import { StatusBadge } from '../platform/StatusBadge.tsx';

/** Registrations and prior authorizations: member, provider, service, units used, span and status. */
export function AuthorizationListPage() {
  const { q, page, setQ, setPage } = useListSearch();
  const query = useAuthorizationList({ q, page });
  return (
    <>
      <PageHeader title="Authorizations" crumbs={[{ label: 'Utilization management' }, { label: 'Authorizations' }]} description="Registrations and prior authorizations, and how many of their units are used." />
      <PagedSearchTable<Authorization>
        label="Authorizations" query={query} q={q} page={page} onSearch={setQ} onPageChange={setPage}
        searchPlaceholder="Member, service or code"
        rowHref={(a) => `/authorizations/${a.id}`}
        columns={[
          { accessor: 'id', title: 'Authorization', render: (a) => <RouterAnchor to={`/authorizations/${a.id}`} size="sm" ff="monospace" fw={600}>{a.ref ?? a.id}</RouterAnchor> },
          { accessor: 'memberName', title: 'Member', render: (a) => a.memberId ? <RouterAnchor to={`/members/${a.memberId}`} size="sm">{a.memberName ?? a.memberId}</RouterAnchor> : (a.memberName ?? '—') },
          { accessor: 'organizationName', title: 'Provider', render: (a) => a.organizationName ?? '—' },
          { accessor: 'service', title: 'Service', render: (a) => <Stack gap={0}><Text size="sm">{a.serviceName ?? humanize(a.service)}</Text><Text size="xs" c="dimmed" ff="monospace">{[a.code, a.program].filter(Boolean).join(' · ')}</Text></Stack> },
          { accessor: 'units', title: 'Units used', textAlign: 'right', render: (a) => <UnitsUsed used={a.unitsUsed} units={a.units} /> },
          { accessor: 'from', title: 'From', render: (a) => formatDate(a.from) },
          { accessor: 'to', title: 'To', render: (a) => (a.to ? formatDate(a.to) : 'open') },
          { accessor: 'status', title: 'Status', render: (a) => <Stack gap={2}><StatusBadge status={a.status} />{a.mode && <Text size="xs" c="dimmed">{humanize(a.mode)}</Text>}</Stack> },
        ]}
      />
    </>
  );
}
