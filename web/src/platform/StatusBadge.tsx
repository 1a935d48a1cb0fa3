import { Badge } from '@mantine/core';
import { humanize, isWithin, today } from './format.ts';

const colors: Record<string, string> = {
  active: 'green', approved: 'green', open: 'green', enrolled: 'green', current: 'green', certified: 'green', 'in-force': 'green',
  pending: 'blue', submitted: 'blue', 'in-review': 'blue', registered: 'blue', provisional: 'blue',
  partial: 'yellow', 'partially-approved': 'yellow', suspended: 'orange', expiring: 'orange',
  denied: 'red', terminated: 'red', revoked: 'red', expired: 'gray', closed: 'gray', ended: 'gray', withdrawn: 'gray', voided: 'gray',
};

/** A record's status as a coloured badge (green in force, blue pending, red denied, grey ended). */
export function StatusBadge({ status }: { status: string | null | undefined }) {
  if (!status) return null;
  return <Badge color={colors[status.toLowerCase()] ?? 'gray'} variant="light" tt="none" data-testid="status">{humanize(status)}</Badge>;
}

/** Current or ended, from an inclusive date span: for spans that carry no status of their own. */
export function SpanStatus({ from, to }: { from?: string | null; to?: string | null }) {
  const now = today();
  if (from && now < from.slice(0, 10)) return <StatusBadge status="pending" />;
  return <StatusBadge status={isWithin(now, { from, to }) ? 'current' : 'ended'} />;
}
