import { Badge, Stack, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import type { AuthorizationRule, CatalogPack } from './api.ts';
import { AppliesToText, authorizationColors, effectiveOn, EntryMeta } from './CatalogParts.tsx';
import { humanize } from '../platform/format.ts';
import { EmptyState } from '../platform/States.tsx';

function whenText(rule: AuthorizationRule, pack: CatalogPack): string {
  const when = rule.when;
  if (when === 'always') return 'Always';
  if ('beyondLimit' in when) {
    const limit = pack.limits.find((l) => l.id === when.beyondLimit);
    return `Beyond the limit: ${limit ? limit.text : when.beyondLimit}`;
  }
  return when.condition;
}

/** When services need registration or prior authorization, who approves, and for how long. */
export function AuthorizationTab({ pack, date }: { pack: CatalogPack; date: string }) {
  const rules = effectiveOn(pack.authorization, date);
  if (rules.length === 0) return <EmptyState title="No authorization rules in force on this date">Services' default modes are on the Services tab.</EmptyState>;
  return (
    <DataTable<AuthorizationRule>
      aria-label="Authorization rules"
      withTableBorder borderRadius="md" striped verticalAlign="top"
      records={rules}
      columns={[
        { accessor: 'appliesTo', title: 'Applies to', width: 240, render: (r) => <AppliesToText appliesTo={r.appliesTo} pack={pack} /> },
        { accessor: 'mode', title: 'Mode', render: (r) => <Badge variant="light" color={authorizationColors[r.mode] ?? 'gray'} tt="none">{humanize(r.mode)}</Badge> },
        { accessor: 'when', title: 'When', render: (r) => <Text size="sm">{whenText(r, pack)}</Text> },
        { accessor: 'approver', title: 'Approver' },
        {
          accessor: 'maxSpanDays', title: 'Span / review', render: (r) => (
            <Stack gap={0}>
              <Text size="sm">{r.maxSpanDays ? `up to ${r.maxSpanDays} days` : '—'}</Text>
              {r.reviewEveryDays && <Text size="xs" c="dimmed">review every {r.reviewEveryDays} days</Text>}
            </Stack>
          ),
        },
        { accessor: 'text', title: 'Rule', render: (r) => <Text size="sm">{r.text}</Text> },
        { accessor: 'source', title: 'Citation', width: 150, render: (r) => <EntryMeta entry={r} pack={pack} /> },
      ]}
    />
  );
}
