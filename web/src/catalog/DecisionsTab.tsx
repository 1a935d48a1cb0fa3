import { Badge, Group, List, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { CatalogPack, Decision } from './api.ts';
import { CitationBadge } from '../platform/CitationBadge.tsx';
import { formatDate } from '../platform/format.ts';
import { EmptyState } from '../platform/States.tsx';

const statusColors: Record<string, string> = { 'in-force': 'green', proposed: 'blue', superseded: 'gray' };

/** One register entry: what the manual says each way, the reading in force, and why. */
function DecisionCard({ decision: d, pack }: { decision: Decision; pack: CatalogPack }) {
  const entryName = (id: string) => pack.services.find((s) => s.id === id)?.name ?? id;
  return (
    <Paper withBorder p="lg" radius="md" id={d.id} data-testid={`decision-${d.id}`} style={{ scrollMarginTop: 80 }} shadow="xs">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="sm" align="center">
            <Badge size="lg" color="orange" variant="filled" radius="sm" ff="monospace">{d.id}</Badge>
            <Title order={3} fz={18}>{d.title}</Title>
          </Group>
          <Group gap={6} wrap="nowrap">
            <Badge color={d.kind === 'contradiction' ? 'red' : 'yellow'} variant="light" tt="none">{d.kind === 'contradiction' ? 'Contradiction' : 'Open question'}</Badge>
            <Badge color={statusColors[d.status] ?? 'gray'} variant="light" tt="none">{d.status === 'in-force' ? 'In force' : d.status}</Badge>
          </Group>
        </Group>
        <Paper bg="green.0" p="sm" radius="sm" style={{ borderLeft: '4px solid var(--mantine-color-green-6)' }}>
          <Text size="xs" fw={700} c="green.9" tt="uppercase">In force</Text>
          <Text size="sm" data-testid="in-force">{d.inForce}</Text>
        </Paper>
        <Stack gap={4}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">Alternatives</Text>
          <List spacing={6} size="sm" data-testid="alternatives">
            {d.alternatives.map((a, i) => (
              <List.Item key={i}>
                <Group gap={6} align="flex-start" wrap="wrap"><Text size="sm">{a.text}</Text><CitationBadge source={a.source} /></Group>
              </List.Item>
            ))}
          </List>
        </Stack>
        <Stack gap={2}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">Reason</Text>
          <Text size="sm">{d.reason}</Text>
        </Stack>
        <Group gap="lg" align="flex-start">
          <Group gap={6}><Text size="xs" c="dimmed">Sources</Text><CitationBadge source={d.sources} /></Group>
          {d.affects.length > 0 && (
            <Group gap={4}><Text size="xs" c="dimmed">Sets</Text>{d.affects.map((id) => <Badge key={id} variant="default" tt="none" radius="sm" ff="monospace" title={entryName(id)}>{id}</Badge>)}</Group>
          )}
          <Text size="xs" c="dimmed">Decided {formatDate(d.decidedOn)}{d.digestRef ? ` · digest ${d.digestRef}` : ''}</Text>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The decisions register: where the manual contradicts itself or is silent, what the system does and why. */
export function DecisionsTab({ pack }: { pack: CatalogPack }) {
  const [kind, setKind] = useState('all');
  const [text, setText] = useState('');
  useEffect(() => {
    const hash = decodeURIComponent(window.location.hash.slice(1));
    if (hash) document.getElementById(hash)?.scrollIntoView({ block: 'start' });
  }, []);
  const decisions = pack.decisions.filter((d) =>
    (kind === 'all' || d.kind === kind) &&
    (!text || `${d.id} ${d.title} ${d.inForce} ${d.reason} ${d.alternatives.map((a) => a.text).join(' ')}`.toLowerCase().includes(text.toLowerCase())));
  if (pack.decisions.length === 0) return <EmptyState title="No decisions recorded">This pack records no contradictions or open questions.</EmptyState>;
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={2} fz={20}>Decisions register</Title>
        <Text size="sm" c="dimmed" maw={900}>
          Where the program's sources contradict each other or say nothing, the system must still decide. Each decision
          records the reading in force, the alternatives with the lines that support them, and the reason. Rules, rates
          and limits set by a decision carry its badge.
        </Text>
      </Stack>
      <Group align="flex-end">
        <SegmentedControl
          value={kind} onChange={setKind}
          data={[{ value: 'all', label: `All (${pack.decisions.length})` }, { value: 'contradiction', label: 'Contradictions' }, { value: 'open-question', label: 'Open questions' }]}
        />
        <TextInput label="Search decisions" type="search" value={text} onChange={(e) => setText(e.currentTarget.value)} w={300} />
      </Group>
      {decisions.length === 0 ? <EmptyState title="No decisions match" /> : decisions.map((d) => <DecisionCard key={d.id} decision={d} pack={pack} />)}
    </Stack>
  );
}
