import { Badge } from '@mantine/core';

const colors: Record<string, string> = {
  paid: 'green', reduced: 'yellow', denied: 'red', pended: 'orange', adjudicated: 'blue', voided: 'gray', replaced: 'gray',
  'void-accepted': 'gray', 'void-rejected': 'red', void: 'gray',
};

/** A claim's or line's adjudication status. */
export function ClaimStatusBadge({ status }: { status: string | null | undefined }) {
  if (!status) return null;
  return <Badge color={colors[status] ?? 'gray'} variant="light" data-testid="claim-status">{status}</Badge>;
}
