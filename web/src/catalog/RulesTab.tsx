import { Accordion, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { CatalogPack, Rule } from './api.ts';
import { AppliesToText, effectiveOn, EntryMeta, serviceName } from './CatalogParts.tsx';
import { humanize } from '../platform/format.ts';
import { EmptyState } from '../platform/States.tsx';

const kindDescriptions: Record<string, string> = {
  'same-day-same-time': 'Services that may not be billed for the same member at the same time on the same day.',
  'same-plan': 'Services that may not appear on the same Recovery Plan.',
  'team-only': 'Members in a team program receive these services only through the team.',
  'not-with-program': 'Services not available to members enrolled in these programs.',
  'age-limit': 'Who may receive a service, by age.',
  'excluded-setting': 'Settings where a service may not be delivered or billed.',
  'per-diem-contact': 'What contact generates a per diem.',
  'group-not-reimbursable': 'Services not paid when delivered in a group.',
  'group-size': 'Group size limits.',
  'daily-per-diem': 'How many per diems may be billed per member per day.',
  'plan-required': 'Services that must be on the member’s active Recovery Plan.',
  'order-required': 'Services that need an order before they start.',
  'plan-review': 'How often plans are reviewed.',
  'access-timeline': 'How soon services must start.',
  'operating-standard': 'Numeric operating standards of teams and providers.',
  'team-size-band': 'Team size bands.',
  'team-stage': 'When a new team becomes established.',
  'timely-filing': 'Claim submission deadlines.',
  'non-billable': 'Activities never billable under a service.',
  narrative: 'Other program rules, kept as cited text.',
};

const shownElsewhere = new Set(['id', 'kind', 'text', 'source', 'effective', 'decision', 'note', 'appliesTo']);
const serviceLists = new Set(['services', 'a', 'b']);

function FactValue({ name, value, pack }: { name: string; value: unknown; pack: CatalogPack }) {
  if (Array.isArray(value)) {
    return (
      <Group gap={4} component="span">
        {value.map((v) => <Badge key={String(v)} variant="light" color="gray" tt="none" radius="sm">{serviceLists.has(name) ? serviceName(pack, String(v)) : String(v)}</Badge>)}
      </Group>
    );
  }
  if (typeof value === 'boolean') return <>{value ? 'yes' : 'no'}</>;
  return <>{String(value)}</>;
}

/** One rule: its text, its typed facts, where it applies, its citation. */
function RuleCard({ rule, pack }: { rule: Rule; pack: CatalogPack }) {
  const facts = Object.entries(rule).filter(([k, v]) => !shownElsewhere.has(k) && v !== undefined);
  const appliesTo = 'appliesTo' in rule ? rule.appliesTo : undefined;
  return (
    <Paper withBorder p="sm" radius="sm" data-testid={`rule-${rule.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text size="sm">{rule.text}</Text>
          <EntryMeta entry={rule} pack={pack} />
        </Group>
        {appliesTo && <Group gap={6}><Text size="xs" c="dimmed">Applies to</Text><AppliesToText appliesTo={appliesTo} pack={pack} /></Group>}
        {facts.length > 0 && (
          <Group gap="md">
            {facts.map(([k, v]) => (
              <Group key={k} gap={4}><Text size="xs" c="dimmed">{humanize(k)}:</Text><Text size="xs" component="div"><FactValue name={k} value={v} pack={pack} /></Text></Group>
            ))}
          </Group>
        )}
        {rule.note && <Text size="xs" c="dimmed">Note: {rule.note}</Text>}
        <Text size="xs" c="dimmed" ff="monospace">{rule.id}</Text>
      </Stack>
    </Paper>
  );
}

/** Program rules in force on the date, grouped by kind. */
export function RulesTab({ pack, date }: { pack: CatalogPack; date: string }) {
  const rules = effectiveOn(pack.rules, date);
  if (rules.length === 0) return <EmptyState title="No rules in force on this date" />;
  const byKind = new Map<string, Rule[]>();
  for (const r of rules) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r]);
  const kinds = [...byKind.keys()].sort((a, b) => (a === 'narrative' ? 1 : b === 'narrative' ? -1 : a.localeCompare(b)));
  return (
    <Accordion multiple defaultValue={kinds} variant="separated" chevronPosition="left">
      {kinds.map((kind) => (
        <Accordion.Item key={kind} value={kind}>
          <Accordion.Control>
            <Group gap="sm">
              <Text fw={600}>{humanize(kind)}</Text>
              <Badge size="sm" variant="light" color="gray">{byKind.get(kind)!.length}</Badge>
              <Text size="sm" c="dimmed">{kindDescriptions[kind] ?? ''}</Text>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="xs">{byKind.get(kind)!.map((r) => <RuleCard key={r.id} rule={r} pack={pack} />)}</Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
