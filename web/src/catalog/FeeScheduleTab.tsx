import { Alert, Anchor, Badge, Group, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { feeScheduleCsvHref, feeScheduleFromPack, useFeeSchedule, type CatalogPack, type FeeRow } from './api.ts';
import { conditionText, DecisionBadge, serviceName, unitLabel } from './CatalogParts.tsx';
import { CitationBadge } from '../platform/CitationBadge.tsx';
import { formatMoney, humanize } from '../platform/format.ts';
import { LoadingState } from '../platform/States.tsx';
import { ProblemAlert } from '../platform/ProblemAlert.tsx';

const payerLabels: Record<string, string> = { medicaid: 'Medicaid', 'state-non-medicaid': 'State (non-Medicaid)' };

/** The published fee schedule as of the date: code and modifiers, conditions, unit, amount, payer, citation. */
export function FeeScheduleTab({ pack, program, date }: { pack: CatalogPack; program: string; date: string }) {
  const fees = useFeeSchedule(program, date);
  const [text, setText] = useState('');
  const [service, setService] = useState<string | null>(null);
  // If the fee-schedule endpoint fails, the pack's own rates still answer "what does this code pay".
  const rows: FeeRow[] | undefined = fees.data ?? (fees.isError ? feeScheduleFromPack(pack, date) : undefined);
  const dimensionLabel = (id: string) => pack.dimensions.find((d) => d.id === id)?.label ?? humanize(id);
  const nameOf = (r: FeeRow) => r.serviceName ?? serviceName(pack, r.service);

  const serviceOptions = useMemo(() => {
    const ids = [...new Set((rows ?? []).map((r) => r.service).filter((s): s is string => !!s))];
    return ids.map((id) => ({ value: id, label: serviceName(pack, id) })).sort((a, b) => a.label.localeCompare(b.label));
  }, [rows, pack]);

  const shown = useMemo(() => (rows ?? []).filter((r) => {
    if (service && r.service !== service) return false;
    if (!text) return true;
    const hay = `${r.billingCode} ${r.code} ${r.modifiers.join(' ')} ${r.descriptor ?? ''} ${r.label ?? ''} ${r.conditionsText ?? ''} ${nameOf(r)}`.toLowerCase();
    return text.toLowerCase().split(/\s+/).every((w) => hay.includes(w));
  }), [rows, service, text]);

  if (fees.isPending) return <LoadingState label="Loading the fee schedule…" />;
  return (
    <Stack gap="sm">
      {pack.manifest?.rates === 'none-published' && (
        <Alert color="yellow" variant="light" title="This program publishes no rates">{pack.manifest.ratesNote ?? 'The source documents give no rates; none are invented here.'}</Alert>
      )}
      {fees.isError && (
        <ProblemAlert error={fees.error} title="The fee-schedule service did not answer; showing the rates in the policy pack" />
      )}
      <Group align="flex-end">
        <TextInput
          label="Search codes and rates" placeholder="Code, modifier or description (e.g. H0040)" type="search"
          value={text} onChange={(e) => setText(e.currentTarget.value)} w={340}
        />
        <Select
          label="Service" placeholder="All services" clearable searchable
          data={serviceOptions} value={service} onChange={setService} w={300}
        />
        <Text size="sm" c="dimmed" ml="auto">{shown.length} of {rows?.length ?? 0} rates in force on {date}</Text>
        <Anchor href={feeScheduleCsvHref(program, date)} download={`fee-schedule-${program}-${date}.csv`} size="sm" data-testid="download-csv">
          Download CSV
        </Anchor>
      </Group>
      <DataTable<FeeRow>
        aria-label="Fee schedule"
        withTableBorder borderRadius="md" striped highlightOnHover verticalAlign="top"
        idAccessor="key"
        records={shown}
        minHeight={shown.length ? undefined : 150}
        noRecordsText={rows?.length ? 'No rates match' : 'No rates in force on this date'}
        columns={[
          {
            accessor: 'code', title: 'Code',
            render: (r) => (
              <Group gap={4} wrap="nowrap">
                <Text size="sm" fw={700} ff="monospace">{r.code}</Text>
                {r.modifiers.map((m) => <Badge key={m} variant="default" radius="sm" ff="monospace" tt="none" size="sm">{m}</Badge>)}
              </Group>
            ),
          },
          {
            accessor: 'descriptor', title: 'Description',
            render: (r) => (
              <Stack gap={0}>
                <Text size="sm">{r.descriptor ?? nameOf(r)}</Text>
                {r.label && r.label !== r.descriptor && <Text size="xs" c="dimmed">{r.label}</Text>}
                {r.service && <Text size="xs" c="dimmed">{nameOf(r)}</Text>}
              </Stack>
            ),
          },
          {
            accessor: 'conditions', title: 'Conditions',
            render: (r) => r.conditionsText !== undefined ? <Text size="sm">{r.conditionsText || '—'}</Text>
              : Object.keys(r.conditions).length === 0 ? <Text size="sm" c="dimmed">—</Text> : (
              <Group gap={4}>
                {Object.entries(r.conditions).map(([k, v]) => <Badge key={k} variant="light" color="gray" tt="none" radius="sm">{dimensionLabel(k)}: {conditionText(v)}</Badge>)}
              </Group>
            ),
          },
          { accessor: 'unit', title: 'Unit', render: (r) => unitLabel(pack, r.unit) },
          {
            accessor: 'amount', title: 'Amount', textAlign: 'right',
            render: (r) => r.amount
              ? <Text size="sm" fw={600} ff="monospace" data-testid="amount" style={{ whiteSpace: 'nowrap' }}>{formatMoney(r.amount)}</Text>
              : <Tooltip label="Paid at the billed amount within limits, or by a broker's fee schedule"><Text size="sm" c="dimmed">{humanize(r.pricing ?? 'not priced')}</Text></Tooltip>,
          },
          { accessor: 'payer', title: 'Payer', render: (r) => payerLabels[r.payer ?? 'medicaid'] ?? humanize(r.payer) },
          { accessor: 'source', title: 'Citation', render: (r) => <Group gap={4}><CitationBadge source={r.source} /><DecisionBadge id={r.decision} pack={pack} /></Group> },
        ]}
      />
    </Stack>
  );
}
