import { useClaimList } from './api.ts';
import { ClaimTable } from './ClaimTable.tsx';
import { PageHeader } from '../platform/PageHeader.tsx';
import { useListSearch } from '../platform/paged-list.ts';

/** Claim search: provider staff see their organization's claims; state and ASO staff see all. */
export function ClaimListPage() {
  const { q, page, setQ, setPage } = useListSearch();
  const query = useClaimList({ q, page });
  return (
    <>
      <PageHeader title="Claims" crumbs={[{ label: 'Claims' }, { label: 'Claims' }]} description="Claims received (JSON or 837P), newest first, with what was paid." />
      <ClaimTable query={query} q={q} page={page} onSearch={setQ} onPageChange={setPage} />
    </>
  );
}
