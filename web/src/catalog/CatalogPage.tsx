import { Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useMemo } from 'react';
import { useCatalog, usePrograms, type CatalogPack } from './api.ts';
import { AuthorizationTab } from './AuthorizationTab.tsx';
import { CriteriaTab } from './CriteriaTab.tsx';
import { DecisionsTab } from './DecisionsTab.tsx';
import { FeeScheduleTab } from './FeeScheduleTab.tsx';
import { FidelityTab } from './FidelityTab.tsx';
import { LimitsTab } from './LimitsTab.tsx';
import { ProviderTypesTab } from './ProviderTypesTab.tsx';
import { RulesTab } from './RulesTab.tsx';
import { ServicesTab } from './ServicesTab.tsx';
import { effectiveOn } from './CatalogParts.tsx';
import { SourceTitles } from '../platform/CitationBadge.tsx';
import { Field } from '../platform/ExtraFields.tsx';
import { formatSpan, plural, today } from '../platform/format.ts';
import { PageHeader } from '../platform/PageHeader.tsx';
import { ProblemAlert } from '../platform/ProblemAlert.tsx';
import { EmptyState, LoadingState, NotFoundState } from '../platform/States.tsx';
import { isProblem } from '../platform/fetch-json.ts';

export const catalogTabs = [
  { value: 'services', label: 'Services' },
  { value: 'fees', label: 'Codes & rates' },
  { value: 'limits', label: 'Limits' },
  { value: 'rules', label: 'Rules' },
  { value: 'authorization', label: 'Authorization' },
  { value: 'provider-types', label: 'Provider types' },
  { value: 'criteria', label: 'Criteria' },
  { value: 'fidelity', label: 'Fidelity' },
  { value: 'decisions', label: 'Decisions' },
] as const;

/**
 * The public policy catalog: one program's pack as of a date, every entry with the manual line it comes
 * from, and the register of decisions where the manual contradicts itself or is silent.
 * URL: `/catalog?program=de-promise&date=2025-07-01&tab=fees`.
 */
export function CatalogPage() {
  const search = useSearch({ strict: false }) as { program?: string; date?: string; tab?: string };
  const navigate = useNavigate();
  const programs = usePrograms();
  const program = search.program ? String(search.program) : programs.data?.[0]?.id;
  const date = typeof search.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(search.date) ? search.date : today();
  const tab = catalogTabs.some((t) => t.value === search.tab) ? String(search.tab) : 'services';
  const catalog = useCatalog(program);

  const setSearch = (next: Record<string, string | undefined>) =>
    void navigate({ to: '/catalog', search: ((prev: Record<string, unknown>) => ({ ...prev, ...next })) as never, replace: true });

  useEffect(() => {
    if (!search.program && programs.data?.[0]) setSearch({ program: programs.data[0].id });
  }, [search.program, programs.data]);

  const pack = catalog.data;
  const sourceTitles = useMemo(
    () => Object.fromEntries((pack?.manifest?.sources ?? []).map((s) => [s.file, s.title])),
    [pack],
  );

  return (
    <SourceTitles.Provider value={sourceTitles}>
      <PageHeader
        title="Policy catalog"
        crumbs={[{ label: 'Catalog' }, { label: pack?.manifest?.name ?? 'Program' }]}
        description="What each program covers and pays, as of a date: services, codes and rates, limits, rules, authorization, provider qualifications, criteria and fidelity. Every entry cites the manual line it comes from."
      />
      <Paper withBorder p="md" radius="md" mb="md">
        <Group align="flex-end" gap="md">
          <Select
            label="Program"
            placeholder={programs.isPending ? 'Loading programs…' : 'Choose a program'}
            data={(programs.data ?? []).map((p) => ({ value: p.id, label: p.name === p.id ? p.id : `${p.name} (${p.id})` }))}
            value={program ?? null}
            onChange={(value) => value && setSearch({ program: value })}
            allowDeselect={false}
            w={360}
            data-testid="program-picker"
          />
          <DatePickerInput
            label="Effective date"
            value={date}
            onChange={(value) => setSearch({ date: value ? String(value).slice(0, 10) : undefined })}
            valueFormat="YYYY-MM-DD"
            w={180}
            data-testid="effective-date"
          />
          {date !== today() && <Button variant="subtle" size="sm" onClick={() => setSearch({ date: undefined })}>Today</Button>}
        </Group>
        {programs.isError && <ProblemAlert error={programs.error} title="Could not load the programs" />}
      </Paper>

      {!program && programs.isSuccess && <EmptyState title="No programs">The server has no policy packs loaded.</EmptyState>}
      {program && catalog.isPending && <LoadingState label="Loading the catalog…" />}
      {catalog.isError && (isProblem(catalog.error, 404)
        ? <NotFoundState what="program" />
        : <ProblemAlert error={catalog.error} title="Could not load the catalog" />)}
      {pack && program && (
        <CatalogBody pack={pack} program={program} date={date} tab={tab} onTab={(t) => setSearch({ tab: t })} />
      )}
    </SourceTitles.Provider>
  );
}

function CatalogBody({ pack, program, date, tab, onTab }: {
  pack: CatalogPack; program: string; date: string; tab: string; onTab: (tab: string) => void;
}) {
  const m = pack.manifest;
  const decisions = pack.decisions ?? [];
  const contradictions = decisions.filter((d) => d.kind === 'contradiction').length;
  const counts: Record<string, number> = {
    services: effectiveOn(pack.services, date).length,
    limits: effectiveOn(pack.limits, date).length,
    rules: effectiveOn(pack.rules, date).length,
    authorization: effectiveOn(pack.authorization, date).length,
    'provider-types': effectiveOn(pack.providerTypes, date).length,
    criteria: effectiveOn(pack.criteria, date).length,
    decisions: decisions.length,
  };

  return (
    <Stack gap="md">
      {m && (
        <Paper withBorder p="md" radius="md">
          <SimpleGrid cols={{ base: 2, md: 5 }} spacing="md">
            <Field label="Program">{m.name}</Field>
            <Field label="Agency">{m.agency} ({m.jurisdiction})</Field>
            <Field label="Pack in force">{m.effective ? formatSpan(m.effective.from, m.effective.to) : '—'}</Field>
            <Field label="Rates">{m.rates === 'published' ? 'Published' : 'None published'}</Field>
            <Field label="Sources">{plural((m.sources ?? []).length, 'document')}</Field>
          </SimpleGrid>
          {m.ratesNote && <Text size="sm" c="dimmed" mt="sm">{m.ratesNote}</Text>}
        </Paper>
      )}

      {decisions.length > 0 && tab !== 'decisions' && (
        <Alert color="orange" variant="light" title={`${plural(decisions.length, 'policy decision')} where the manual contradicts itself or is silent`} data-testid="decisions-banner">
          <Group justify="space-between" align="center">
            <Text size="sm">
              {`${plural(contradictions, 'contradiction')} and ${plural(decisions.length - contradictions, 'open question')}. `}
              The decisions register shows the reading in force, the alternatives with their citations, and why. Entries set by a decision carry its badge.
            </Text>
            <Button color="orange" variant="light" size="xs" onClick={() => onTab('decisions')}>Open the decisions register</Button>
          </Group>
        </Alert>
      )}

      <Tabs value={tab} onChange={(value) => value && onTab(value)} keepMounted={false} variant="outline">
        <Tabs.List>
          {catalogTabs.map((t) => (
            <Tabs.Tab
              key={t.value}
              value={t.value}
              rightSection={t.value === 'decisions'
                ? <Badge size="sm" color="orange" variant="filled" circle={decisions.length < 10}>{decisions.length}</Badge>
                : counts[t.value] !== undefined ? <Badge size="xs" color="gray" variant="light">{counts[t.value]}</Badge> : undefined}
              fw={t.value === 'decisions' ? 700 : undefined}
            >
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="services" pt="md"><ServicesTab pack={pack} date={date} /></Tabs.Panel>
        <Tabs.Panel value="fees" pt="md"><FeeScheduleTab pack={pack} program={program} date={date} /></Tabs.Panel>
        <Tabs.Panel value="limits" pt="md"><LimitsTab pack={pack} date={date} /></Tabs.Panel>
        <Tabs.Panel value="rules" pt="md"><RulesTab pack={pack} date={date} /></Tabs.Panel>
        <Tabs.Panel value="authorization" pt="md"><AuthorizationTab pack={pack} date={date} /></Tabs.Panel>
        <Tabs.Panel value="provider-types" pt="md"><ProviderTypesTab pack={pack} date={date} /></Tabs.Panel>
        <Tabs.Panel value="criteria" pt="md"><CriteriaTab pack={pack} date={date} /></Tabs.Panel>
        <Tabs.Panel value="fidelity" pt="md"><FidelityTab pack={pack} date={date} /></Tabs.Panel>
        <Tabs.Panel value="decisions" pt="md"><DecisionsTab pack={pack} /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
