import { Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ClaimSummary } from './api.ts';
import { ClaimStatusBadge } from './ClaimStatusBadge.tsx';
import { formatDate, formatMoney } from '../platform/format.ts';
import { PagedSearchTable } from '../platform/PagedSearchTable.tsx';
import type { Paged } from '../platform/paged-list.ts';
import { RouterAnchor } from '../platform/RouterAnchor.tsx';

/** Claims as a searchable, paged table: claim, member, service date, billed/allowed/paid and status. */
export function ClaimTable({ query, q, page, onSearch, onPageChange }: {
  query: UseQueryResult<Paged<ClaimSummary>, Error>; q: string; page: number; onSearch: (q: string) => void; onPageChange: (p: number) => void;
}) {
  return (
    <PagedSearchTable<ClaimSummary>
      label="Claims" query={query} q={q} page={page} onSearch={onSearch} onPageChange={onPageChange}
      searchPlaceholder="Claim id, patient control number, Medicaid id"
      rowHref={(c) => `/claims/${c.id}`}
      columns={[
        { accessor: 'patientControlNumber', title: 'Claim', render: (c) => <RouterAnchor to={`/claims/${c.id}`} size="sm" ff="monospace" fw={600}>{c.patientControlNumber ?? c.id}</RouterAnchor> },
        { accessor: 'medicaidId', title: 'Member', render: (c) => c.memberId ? <RouterAnchor to={`/members/${c.memberId}/claims`} size="sm" ff="monospace">{c.medicaidId}</RouterAnchor> : <Text size="sm" ff="monospace">{c.medicaidId}</Text> },
        { accessor: 'firstServiceDate', title: 'Service date', render: (c) => formatDate(c.firstServiceDate) },
        { accessor: 'lineCount', title: 'Lines', textAlign: 'right' },
        { accessor: 'totalCharge', title: 'Billed', textAlign: 'right', render: (c) => formatMoney(c.totalCharge) },
        { accessor: 'totalPaid', title: 'Paid', textAlign: 'right', render: (c) => formatMoney(c.totalPaid) },
        { accessor: 'status', title: 'Status', render: (c) => <ClaimStatusBadge status={c.status} /> },
      ]}
    />
  );
}
