import { useParams } from '@tanstack/react-router';
import { useMemberClaims } from './api.ts';
import { ClaimTable } from './ClaimTable.tsx';
import { PageHeader } from '../platform/PageHeader.tsx';
import { useListSearch } from '../platform/paged-list.ts';

/** A member's claim history (provider staff: their organization's claims for the member). */
export function MemberClaimsPage() {
  const { memberId } = useParams({ strict: false }) as { memberId?: string };
  const { q, page, setQ, setPage } = useListSearch();
  const query = useMemberClaims(memberId, { q, page });
  return (
    <>
      <PageHeader title="Claim history" crumbs={[{ label: 'Members', to: '/members' }, { label: 'Member', to: `/members/${memberId}` }, { label: 'Claims' }]}
        description="Every claim received for this member, newest first." />
      <ClaimTable query={query} q={q} page={page} onSearch={setQ} onPageChange={setPage} />
    </>
  );
}
