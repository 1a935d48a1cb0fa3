import { useRemittanceList, type RemittanceSummary } from './api.ts';
import { formatDate, formatMoney } from '../platform/format.ts';
import { PageHeader } from '../platform/PageHeader.tsx';
import { PagedSearchTable } from '../platform/PagedSearchTable.tsx';
import { useListSearch } from '../platform/paged-list.ts';
import { RouterAnchor } from '../platform/RouterAnchor.tsx';

/** Remittances per payment cycle; provider staff see their organization's. */
export function RemittanceListPage() {
  const { q, page, setQ, setPage } = useListSearch();
  const query = useRemittanceList({ q, page });
  return (
    <>
      <PageHeader title="Remittances" crumbs={[{ label: 'Claims' }, { label: 'Remittances' }]} description="What each payment cycle paid, with 835 and CSV downloads." />
      <PagedSearchTable<RemittanceSummary>
        label="Remittances" query={query} q={q} page={page} onSearch={setQ} onPageChange={setPage} searchPlaceholder="Search"
        rowHref={(r) => `/remittances/${r.id}`}
        columns={[
          { accessor: 'runOn', title: 'Cycle date', render: (r) => <RouterAnchor to={`/remittances/${r.id}`} size="sm" fw={600}>{formatDate(r.runOn)}</RouterAnchor> },
          { accessor: 'organizationName', title: 'Payee', render: (r) => r.organizationName ?? r.payeeNpi },
          { accessor: 'claimCount', title: 'Claims', textAlign: 'right' },
          { accessor: 'lineCount', title: 'Lines', textAlign: 'right' },
          { accessor: 'totalPaid', title: 'Paid', textAlign: 'right', render: (r) => formatMoney(r.totalPaid) },
          { accessor: 'totalRecouped', title: 'Recouped', textAlign: 'right', render: (r) => formatMoney(r.totalRecouped) },
          { accessor: 'netPayment', title: 'Net payment', textAlign: 'right', render: (r) => formatMoney(r.netPayment) },
        ]}
      />
    </>
  );
}
