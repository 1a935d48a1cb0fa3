import { Anchor, Badge, Card, Checkbox, Group, Pagination, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { PageHeader } from '../platform/PageHeader.tsx';
import { EmptyState, LoadingState } from '../platform/States.tsx';
import { ProblemAlert } from '../platform/ProblemAlert.tsx';
import { formatDate } from '../platform/format.ts';
import { useDirectory, useDirectoryFilters, type DirectoryEntry, type DirectorySearch } from './api.ts';

/** The public provider directory: find a certified provider by service, county and whether it takes new clients. */
export function DirectoryPage() {
  const [search, setSearch] = useState<DirectorySearch>({ page: 1 });
  const filters = useDirectoryFilters();
  const results = useDirectory(search);
  const set = (patch: Partial<DirectorySearch>) => setSearch((s) => ({ ...s, ...patch, page: patch.page ?? 1 }));
  const pages = results.data ? Math.max(1, Math.ceil(results.data.total / results.data.pageSize)) : 1;
  return (
    <>
      <PageHeader title="Provider directory" crumbs={[{ label: 'Directory' }]}
        description="Certified providers, their services, sites and contact details. Also served as FHIR (Da Vinci Plan-Net) at /fhir/plan-net." />
      <Group align="end" mb="md" wrap="wrap">
        <Select label="Service" placeholder="Any service" clearable searchable w={280}
          data={(filters.data?.services ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={search.service ?? null} onChange={(v) => set({ service: v ?? undefined })} />
        <Select label="County" placeholder="Any county" clearable w={200}
          data={filters.data?.counties ?? []} value={search.county ?? null} onChange={(v) => set({ county: v ?? undefined })} />
        <TextInput label="Provider name" placeholder="Search by name" w={240} type="search"
          value={search.q ?? ''} onChange={(e) => set({ q: e.currentTarget.value || undefined })} />
        <Checkbox label="Accepting new clients" mb={8} checked={search.accepting === 'true'}
          onChange={(e) => set({ accepting: e.currentTarget.checked ? 'true' : undefined })} />
      </Group>
      {results.error ? <ProblemAlert error={results.error} /> : null}
      {results.isPending ? <LoadingState label="Searching the directory…" /> : results.data && (
        <Stack gap="md">
          <Text size="sm" c="dimmed" data-testid="directory-total">{results.data.total} provider{results.data.total === 1 ? '' : 's'} found</Text>
          {results.data.items.length === 0
            ? <EmptyState title="No certified provider matches">Try another service or county.</EmptyState>
            : <SimpleGrid cols={{ base: 1, lg: 2 }}>{results.data.items.map((e) => <ProviderCard key={e.id} entry={e} />)}</SimpleGrid>}
          {pages > 1 && <Pagination total={pages} value={search.page ?? 1} onChange={(page) => set({ page })} />}
        </Stack>
      )}
    </>
  );
}

function ProviderCard({ entry }: { entry: DirectoryEntry }) {
  return (
    <Card withBorder radius="md" padding="md" data-testid="provider-card" aria-label={entry.name} component="article">
      <Group justify="space-between" align="start" mb="xs">
        <Text fw={700} size="lg" component="h2" m={0}>{entry.name}</Text>
        <Badge color={entry.acceptingNewClients ? 'green' : 'gray'} variant="light">
          {entry.acceptingNewClients ? 'Accepting new clients' : 'Not accepting new clients'}
        </Badge>
      </Group>
      <Group gap={6} mb="xs">
        {entry.certifications.map((c) => (
          <Badge key={c.id} color={c.status === 'active' ? 'blue' : 'yellow'} variant="outline" data-testid="certification-badge">
            {c.providerTypeName}: {c.status === 'active' ? 'certified' : 'provisional'}{c.certifiedThrough ? ` through ${formatDate(c.certifiedThrough)}` : ''}
          </Badge>
        ))}
      </Group>
      <Text size="sm" fw={600}>Services</Text>
      <Group gap={4} mb="xs" data-testid="services">
        {entry.services.map((s) => <Badge key={`${s.program}-${s.id}`} variant="light" size="sm">{s.name}</Badge>)}
      </Group>
      <Text size="sm" fw={600}>Sites</Text>
      <Stack gap={2} mb="xs" data-testid="sites">
        {entry.sites.map((s) => (
          <Text key={s.id} size="sm">
            {s.name} — {s.address.line1}{s.address.line2 ? `, ${s.address.line2}` : ''}, {s.address.city}, {s.address.state} {s.address.zip}
            {' '}<Text span c="dimmed" size="sm">({s.county} County{s.phone ? `, ${s.phone}` : ''})</Text>
          </Text>
        ))}
      </Stack>
      <Group gap="md">
        {entry.phone && <Anchor size="sm" href={`tel:${entry.phone}`}>{entry.phone}</Anchor>}
        {entry.email && <Anchor size="sm" href={`mailto:${entry.email}`}>{entry.email}</Anchor>}
        {entry.website && <Anchor size="sm" href={entry.website} target="_blank" rel="noreferrer">Website</Anchor>}
        <Text size="xs" c="dimmed">NPI {entry.npi}</Text>
      </Group>
    </Card>
  );
}
