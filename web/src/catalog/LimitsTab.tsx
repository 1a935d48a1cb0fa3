import { Badge, Stack, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import type { CatalogPack, Limit } from './api.ts';
import { AppliesToText, effectiveOn, EntryMeta } from './CatalogParts.tsx';
import { formatMoney, humanize } from '../platform/format.ts';
import { EmptyState } from '../platform/States.tsx';

const beyondColors: Record<string, string> = { deny: 'red', 'prior-authorization': 'orange', 'state-approval': 'yellow' };

/** `4 units per day`, `$1,500.00 per calendar year`. */
export function limitText(l: Limit): string {
  const amount = l.measure === 'dollars' ? formatMoney(l.max) : `${l.max} ${l.measure.replace('-', ' ')}`;
  return `${amount} per ${l.period.replace('-', ' ')}`;
}

/** Quantity limits in force on the date and what happens beyond them. */
export function LimitsTab({ pack, date }: { pack: CatalogPack; date: string }) {
  const limits = effectiveOn(pack.limits, date);
  if (limits.length === 0) return <EmptyState title="No limits in force on this date" />;
  return (
    <DataTable<Limit>
      aria-label="Limits"
      withTableBorder borderRadius="md" striped verticalAlign="top"
      records={limits}
      columns={[
        { accessor: 'appliesTo', title: 'Applies to', width: 240, render: (l) => <AppliesToText appliesTo={l.appliesTo} pack={pack} /> },
        {
          accessor: 'max', title: 'Limit', render: (l) => (
            <Stack gap={0}>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>{limitText(l)}</Text>
              <Text size="xs" c="dimmed">counted per {l.per.replace('-', ' & ')}</Text>
              {[l.program && `program ${l.program.toUpperCase()}`, l.fidelityLevel && `fidelity level ${l.fidelityLevel}`, l.practitionerCategory && `category ${l.practitionerCategory}`, l.setting && `setting ${l.setting}`]
                .filter(Boolean).map((t) => <Text key={String(t)} size="xs" c="dimmed">{t}</Text>)}
            </Stack>
          ),
        },
        { accessor: 'beyond', title: 'Beyond the limit', render: (l) => <Stack gap={2}><Badge color={beyondColors[l.beyond] ?? 'gray'} variant="light" tt="none">{humanize(l.beyond)}</Badge>{l.approver && <Text size="xs" c="dimmed">by {l.approver}</Text>}</Stack> },
        { accessor: 'text', title: 'Rule', render: (l) => <Stack gap={2}><Text size="sm">{l.text}</Text>{l.note && <Text size="xs" c="dimmed">{l.note}</Text>}</Stack> },
        { accessor: 'source', title: 'Citation', width: 150, render: (l) => <EntryMeta entry={l} pack={pack} /> },
      ]}
    />
  );
}
