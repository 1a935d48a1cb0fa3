import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { Link, useSearch } from '@tanstack/react-router';
import type { CatalogPack } from './api.ts';
import { CitationBadge } from '../platform/CitationBadge.tsx';
import { formatSpan, isWithin } from '../platform/format.ts';

/** Entries in force on `date` (effective from/to inclusive); entries without dates always are. */
export function effectiveOn<T>(entries: T[], date: string): T[] {
  return entries.filter((e) => isWithin(date, (e as { effective?: { from?: string; to?: string } }).effective));
}

/** The catalog URL for a tab, keeping the chosen program and date. */
export function useCatalogHref() {
  const search = useSearch({ strict: false }) as { program?: string; date?: string };
  return (tab: string, hash?: string) => {
    const params = new URLSearchParams();
    if (search.program) params.set('program', String(search.program));
    if (search.date) params.set('date', String(search.date));
    params.set('tab', tab);
    return `/catalog?${params.toString()}${hash ? `#${hash}` : ''}`;
  };
}

/** `D-07`: the register entry that set this value, linked to the Decisions tab. */
export function DecisionBadge({ id, pack }: { id: string | undefined; pack: CatalogPack }) {
  const href = useCatalogHref();
  if (!id) return null;
  const decision = pack.decisions.find((d) => d.id === id);
  return (
    <Tooltip label={decision ? `Decision ${id}: ${decision.title}` : `Decision ${id}`} withArrow multiline maw={360}>
      <Badge component={Link} to={href('decisions', id)} color="orange" variant="light" radius="sm" size="sm" style={{ cursor: 'pointer' }} data-testid="decision-badge">
        {id}
      </Badge>
    </Tooltip>
  );
}

/** Citation, decision and effective dates of one entry, on one line. */
export function EntryMeta({ entry, pack, showDates = false }: {
  entry: { source?: string | string[]; decision?: string; effective?: { from: string; to?: string } };
  pack: CatalogPack;
  showDates?: boolean;
}) {
  return (
    <Group gap={6} wrap="wrap">
      <CitationBadge source={entry.source} />
      <DecisionBadge id={entry.decision} pack={pack} />
      {showDates && entry.effective && <Text size="xs" c="dimmed">{formatSpan(entry.effective.from, entry.effective.to)}</Text>}
    </Group>
  );
}

/** Services and codes a rule applies to, by name. */
export function AppliesToText({ appliesTo, pack }: { appliesTo?: { services?: string[]; codes?: string[] }; pack: CatalogPack }) {
  if (!appliesTo) return <Text size="sm" c="dimmed">All services</Text>;
  return (
    <Group gap={4} wrap="wrap">
      {(appliesTo.services ?? []).map((id) => <Badge key={id} variant="light" color="blue" tt="none" radius="sm">{serviceName(pack, id)}</Badge>)}
      {(appliesTo.codes ?? []).map((id) => <Badge key={id} variant="light" color="grape" tt="none" radius="sm" ff="monospace">{id}</Badge>)}
    </Group>
  );
}

export const serviceName = (pack: CatalogPack, id: string | undefined) =>
  (id && pack.services.find((s) => s.id === id)?.name) || id || '—';

export const unitLabel = (pack: CatalogPack, id: string | undefined) =>
  (id && pack.units.find((u) => u.id === id)?.label) || id || '—';

/** A rate condition's value: `clinic`, `71–100`, `≥ 71`. */
export function conditionText(value: unknown): string {
  if (value && typeof value === 'object') {
    const { min, max } = value as { min?: number; max?: number };
    if (min !== undefined && max !== undefined) return `${min}–${max}`;
    if (min !== undefined) return `≥ ${min}`;
    if (max !== undefined) return `≤ ${max}`;
    return JSON.stringify(value);
  }
  return String(value);
}

export const authorizationColors: Record<string, string> = {
  none: 'gray', registration: 'blue', 'prior-authorization': 'red', 'prior-approval': 'orange',
};
