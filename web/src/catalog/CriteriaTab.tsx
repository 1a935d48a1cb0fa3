import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { CatalogPack, CriterionGroup, CriterionItem } from './api.ts';
import { AppliesToText, effectiveOn, EntryMeta } from './CatalogParts.tsx';
import { CitationBadge } from '../platform/CitationBadge.tsx';
import { humanize } from '../platform/format.ts';
import { EmptyState } from '../platform/States.tsx';

const isGroup = (item: CriterionItem | CriterionGroup): item is CriterionGroup => 'combine' in item;

function combineText(group: CriterionGroup): string {
  if (group.combine === 'all') return 'All of the following';
  if (group.combine === 'any') return 'Any one of the following';
  return `At least ${group.count ?? 1} of the following`;
}

/** A checklist group: all / any / at least N of its items, nested groups indented. */
export function CriterionGroupView({ group, depth = 0 }: { group: CriterionGroup; depth?: number }) {
  const color = group.combine === 'all' ? 'blue' : group.combine === 'any' ? 'teal' : 'violet';
  return (
    <Stack gap={6} pl={depth ? 'md' : 0} style={depth ? { borderLeft: `3px solid var(--mantine-color-${color}-3)` } : undefined} data-testid="criterion-group">
      <Group gap="xs">
        <Badge color={color} variant="light" tt="none" radius="sm">{combineText(group)}</Badge>
        {group.text && <Text size="sm" fw={500}>{group.text}</Text>}
      </Group>
      <Stack gap={6} component="ol" style={{ margin: 0, paddingLeft: depth ? 16 : 20 }}>
        {group.items.map((item) => (
          <li key={item.id}>
            {isGroup(item)
              ? <CriterionGroupView group={item} depth={depth + 1} />
              : <Group gap={6} align="flex-start" wrap="nowrap"><Text size="sm">{item.text}</Text><CitationBadge source={item.source} /></Group>}
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

/** Medical-necessity, admission, discharge and other checklists, rendered as nested groups. */
export function CriteriaTab({ pack, date }: { pack: CatalogPack; date: string }) {
  const criteria = effectiveOn(pack.criteria, date);
  if (criteria.length === 0) return <EmptyState title="No criteria in force on this date" />;
  return (
    <Stack gap="md">
      {criteria.map((c) => (
        <Paper key={c.id} withBorder p="md" radius="md" data-testid={`criteria-${c.id}`}>
          <Stack gap="sm">
            <Group justify="space-between" align="flex-start">
              <Stack gap={4}>
                <Group gap="xs"><Title order={3} fz={17}>{c.title}</Title><Badge variant="outline" tt="none">{humanize(c.kind)}</Badge></Group>
                <Group gap={6}><Text size="xs" c="dimmed">Applies to</Text><AppliesToText appliesTo={c.appliesTo} pack={pack} /></Group>
              </Stack>
              <EntryMeta entry={c} pack={pack} showDates />
            </Group>
            <CriterionGroupView group={c.checklist} />
            {c.note && <Text size="xs" c="dimmed">Note: {c.note}</Text>}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
