import { Badge, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import type { CatalogPack, Service } from './api.ts';
import { authorizationColors, effectiveOn, EntryMeta } from './CatalogParts.tsx';
import { formatSpan, humanize } from '../platform/format.ts';
import { Section } from '../platform/PageHeader.tsx';
import { EmptyState } from '../platform/States.tsx';

/** Services in force on the date: name, category, authorization mode, manual section and citation. */
export function ServicesTab({ pack, date }: { pack: CatalogPack; date: string }) {
  const [text, setText] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const all = effectiveOn(pack.services, date);
  const categories = [...new Set(all.map((s) => s.category))].sort();
  const services = useMemo(() => all.filter((s) =>
    (!category || s.category === category) &&
    (!text || `${s.name} ${s.id} ${s.section} ${s.description}`.toLowerCase().includes(text.toLowerCase()))), [all, category, text]);
  const codesOf = (id: string) => pack.codes.filter((c) => c.service === id);

  if (all.length === 0) return <EmptyState title="No services in force on this date">Pick another effective date.</EmptyState>;
  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <TextInput label="Search services" placeholder="Name, section or description" value={text} onChange={(e) => setText(e.currentTarget.value)} w={320} type="search" />
        <Select label="Category" placeholder="All categories" clearable data={categories.map((c) => ({ value: c, label: humanize(c) }))} value={category} onChange={setCategory} w={240} />
        <Text size="sm" c="dimmed" ml="auto">{services.length} of {all.length} services in force on {date}</Text>
      </Group>
      <DataTable<Service>
        aria-label="Services"
        withTableBorder borderRadius="md" striped highlightOnHover verticalAlign="top"
        records={services}
        minHeight={services.length ? undefined : 150}
        noRecordsText="No services match"
        columns={[
          { accessor: 'name', title: 'Service', render: (s) => <Stack gap={0}><Text size="sm" fw={600}>{s.name}</Text><Text size="xs" c="dimmed" ff="monospace">{s.id}</Text></Stack> },
          { accessor: 'category', title: 'Category', render: (s) => humanize(s.category) },
          { accessor: 'authorization', title: 'Authorization', render: (s) => <Badge variant="light" color={authorizationColors[s.authorization] ?? 'gray'} tt="none">{humanize(s.authorization)}</Badge> },
          { accessor: 'codes', title: 'Codes', render: (s) => <Group gap={4}>{codesOf(s.id).map((c) => <Badge key={c.id} variant="default" ff="monospace" tt="none" radius="sm">{c.id}</Badge>)}</Group> },
          { accessor: 'section', title: 'Manual section', render: (s) => <Text size="sm">{s.section}</Text> },
          { accessor: 'source', title: 'Citation', render: (s) => <EntryMeta entry={s} pack={pack} /> },
        ]}
        rowExpansion={{
          content: ({ record: s }) => (
            <Stack gap={4} p="md" bg="gray.0">
              <Text size="sm">{s.description}</Text>
              {s.teamPrograms && s.teamPrograms.length > 0 && <Text size="sm">Delivered by team programs: {s.teamPrograms.map((p) => p.toUpperCase()).join(', ')}</Text>}
              {s.note && <Text size="sm" c="dimmed">Note: {s.note}</Text>}
              <Text size="xs" c="dimmed">Effective {formatSpan(s.effective.from, s.effective.to)}</Text>
            </Stack>
          ),
        }}
      />
      <Text size="xs" c="dimmed">Click a service to read its description.</Text>
      {pack.touchLevels.length > 0 && (
        <Section title="Care-management touch levels" description="The code that bills each level, the settings that put a member there, and the expected hours per year.">
          <DataTable
            aria-label="Touch levels"
            withTableBorder borderRadius="md" striped verticalAlign="top"
            records={effectiveOn(pack.touchLevels, date)}
            columns={[
              { accessor: 'name', title: 'Level', render: (t) => <Text size="sm" fw={600}>{t.name}</Text> },
              { accessor: 'codes', title: 'Codes', render: (t) => <Text size="sm" ff="monospace">{t.codes.withoutPeer} / {t.codes.withPeer} (with peer)</Text> },
              { accessor: 'settings', title: 'Settings', render: (t) => t.settings.join(', ') },
              { accessor: 'hoursPerYear', title: 'Hours per year', render: (t) => `lead ${t.hoursPerYear.leadAlone} alone, ${t.hoursPerYear.leadWithPeer} with peer; peer ${t.hoursPerYear.peer}` },
              { accessor: 'source', title: 'Citation', render: (t) => <EntryMeta entry={t} pack={pack} /> },
            ]}
          />
        </Section>
      )}
    </Stack>
  );
}
