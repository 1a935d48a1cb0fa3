import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import type { CatalogPack, FidelityInstrument, ItemScale } from './api.ts';
import { effectiveOn, EntryMeta } from './CatalogParts.tsx';
import { CitationBadge } from '../platform/CitationBadge.tsx';
import { EmptyState } from '../platform/States.tsx';

function InstrumentCard({ instrument, pack, date }: { instrument: FidelityInstrument; pack: CatalogPack; date: string }) {
  const subscaleName = (id: string) => instrument.subscales.find((s) => s.id === id)?.name ?? id;
  const levels = [...effectiveOn(instrument.levels, date)].sort((a, b) => b.rank - a.rank);
  const levelName = (id?: string) => instrument.levels.find((l) => l.id === id)?.name ?? id;
  return (
    <Paper withBorder p="md" radius="md" data-testid={`fidelity-${instrument.id}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={3} fz={17}>{instrument.name}</Title>
            <Badge variant="light" tt="none">{instrument.program.toUpperCase()}</Badge>
            <Text size="sm" c="dimmed">scored {instrument.scale.min}–{instrument.scale.max}</Text>
          </Group>
          <CitationBadge source={instrument.source} />
        </Group>
        {instrument.subscales.length > 0 && (
          <Group gap={4}><Text size="xs" c="dimmed">Subscales:</Text>{instrument.subscales.map((s) => <Badge key={s.id} variant="default" tt="none" radius="sm">{s.name}</Badge>)}</Group>
        )}
        <Text size="sm" c="dimmed">A team's level is the highest level, from the top, whose thresholds are all met.</Text>
        <Table withTableBorder striped verticalSpacing="xs" aria-label={`${instrument.name} levels`}>
          <Table.Thead>
            <Table.Tr><Table.Th>Level</Table.Th><Table.Th>Thresholds</Table.Th><Table.Th>Billing</Table.Th><Table.Th>On a failed review</Table.Th><Table.Th>Citation</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {levels.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td><Text size="sm" fw={600}>{l.name}</Text><Text size="xs" c="dimmed">rank {l.rank}</Text></Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {l.overallMin !== undefined && <Text size="sm">Overall score ≥ {l.overallMin}</Text>}
                    {l.subscales.map((s, i) => (
                      <Text key={i} size="sm">{s.aggregate === 'average' ? 'Average of' : 'Each of'} {s.scales.map(subscaleName).join(', ')} ≥ {s.min}{s.text ? ` (${s.text})` : ''}</Text>
                    ))}
                    {l.overallMin === undefined && l.subscales.length === 0 && <Text size="sm" c="dimmed">No score threshold</Text>}
                    {l.durationMonths && <Text size="xs" c="dimmed">Lasts {l.durationMonths} months; must then reach {levelName(l.mustReach)}</Text>}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm">Bills as <Text span ff="monospace" size="sm">{l.billing.rateProgram}</Text></Text>
                    {l.billing.monthlyPerDiemCap && <Text size="sm">Up to {l.billing.monthlyPerDiemCap} per diems a month{l.billing.additionalPerDiemsVia ? ', more with prior authorization' : ''}</Text>}
                    <Text size="xs" c="dimmed">{l.billing.text}</Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {l.review ? (
                    <Stack gap={2}>
                      {l.review.cureDays && <Text size="sm">{l.review.cureDays} days to cure</Text>}
                      {l.review.revertTo && <Text size="sm">then bills as {levelName(l.review.revertTo)}</Text>}
                      <Text size="xs" c="dimmed">{l.review.text}</Text>
                    </Stack>
                  ) : <Text size="sm" c="dimmed">—</Text>}
                </Table.Td>
                <Table.Td><EntryMeta entry={l} pack={pack} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

function ScaleCard({ scale }: { scale: ItemScale }) {
  const total = { min: scale.items.length, max: scale.items.length * 5 };
  return (
    <Paper withBorder p="md" radius="md" data-testid={`scale-${scale.id}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs"><Title order={3} fz={17}>{scale.name}</Title><Badge variant="light" tt="none">{scale.version}</Badge><Text size="sm" c="dimmed">{scale.items.length} items rated 1–5 (total {total.min}–{total.max})</Text></Group>
          <CitationBadge source={scale.source} />
        </Group>
        <Group gap="xs" aria-label="Score bands">
          {[...scale.bands].sort((a, b) => b.min - a.min).map((b) => (
            <Paper key={b.id} withBorder px="sm" py={6} radius="sm">
              <Text size="sm" fw={600}>{b.name}</Text>
              <Text size="xs" c="dimmed">{b.min}–{b.max}</Text>
            </Paper>
          ))}
        </Group>
        <DataTable
          aria-label={`${scale.name} items`}
          withTableBorder borderRadius="sm" striped verticalAlign="top"
          records={[...scale.items].sort((a, b) => a.number - b.number)}
          columns={[
            { accessor: 'number', title: '#', width: 50 },
            { accessor: 'section', title: 'Section', width: 180 },
            { accessor: 'name', title: 'Item', render: (i) => <Text size="sm" fw={500}>{i.name}</Text> },
            { accessor: 'source', title: 'Citation', width: 150, render: (i) => <CitationBadge source={i.source} /> },
          ]}
          rowExpansion={{
            content: ({ record: i }) => (
              <Table verticalSpacing={4} bg="gray.0">
                <Table.Tbody>
                  {Object.entries(i.anchors).sort(([a], [b]) => Number(b) - Number(a)).map(([score, text]) => (
                    <Table.Tr key={score}><Table.Td w={60}><Badge variant="light" circle>{score}</Badge></Table.Td><Table.Td><Text size="sm">{text}</Text></Table.Td></Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ),
          }}
        />
        <Text size="xs" c="dimmed">Click an item to see its 1–5 anchors.</Text>
      </Stack>
    </Paper>
  );
}

/** Team fidelity levels and thresholds, and item-rated fidelity scales with their score bands. */
export function FidelityTab({ pack, date }: { pack: CatalogPack; date: string }) {
  if (pack.fidelity.length === 0 && pack.scales.length === 0) return <EmptyState title="No fidelity instruments in this pack" />;
  return (
    <Stack gap="md">
      {pack.fidelity.map((f) => <InstrumentCard key={f.id} instrument={f} pack={pack} date={date} />)}
      {pack.scales.map((s) => <ScaleCard key={s.id} scale={s} />)}
    </Stack>
  );
}
