import { Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useClaim, type Claim } from './api.ts';
import { ClaimStatusBadge } from './ClaimStatusBadge.tsx';
import { LineReasons } from './LineReasons.tsx';
import { LineTrace } from './LineTrace.tsx';
import { Field } from '../platform/ExtraFields.tsx';
import { formatDate, formatMoney } from '../platform/format.ts';
import { PageHeader, Section } from '../platform/PageHeader.tsx';
import { RouterAnchor } from '../platform/RouterAnchor.tsx';
import { QueryState } from '../platform/States.tsx';
import { useServiceNames } from '../catalog/use-service-names.ts';

/** One claim: each line's status, billed/allowed/paid, the reasons with their citations and the explanation trace. */
export function ClaimDetailPage() {
  const { claimId } = useParams({ strict: false }) as { claimId?: string };
  const query = useClaim(claimId);
  return (
    <QueryState query={query} what="claim" backTo="/claims" backLabel="Back to claims">
      {(c) => <ClaimView claim={c} />}
    </QueryState>
  );
}

function ClaimView({ claim: c }: { claim: Claim }) {
  const serviceName = useServiceNames();
  return (
    <>
      <PageHeader title={`Claim ${c.patientControlNumber ?? c.id}`} crumbs={[{ label: 'Claims', to: '/claims' }, { label: c.patientControlNumber ?? c.id }]}
        badges={<ClaimStatusBadge status={c.status} />} description={c.organizationName ?? c.billingNpi} />
      <Paper withBorder p="md" radius="md" mb="lg">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="lg">
          <Field label="Member">{c.memberId ? <RouterAnchor to={`/members/${c.memberId}`} size="sm" ff="monospace">{c.medicaidId}</RouterAnchor> : <Text size="sm" ff="monospace">{c.medicaidId}</Text>}</Field>
          <Field label="Claim history">{c.memberId ? <RouterAnchor to={`/members/${c.memberId}/claims`} size="sm">All claims of this member</RouterAnchor> : '—'}</Field>
          <Field label="Billing provider">{c.organizationName ?? '—'} <Text span size="xs" ff="monospace" c="dimmed">{c.billingNpi}</Text></Field>
          <Field label="Received">{formatDate(c.receivedOn)}</Field>
          <Field label="Billed">{formatMoney(c.totalCharge)}</Field>
          <Field label="Allowed">{formatMoney(c.totalAllowed)}</Field>
          <Field label="Paid"><Text size="sm" fw={700} data-testid="claim-paid">{formatMoney(c.totalPaid)}</Text></Field>
          <Field label="Frequency">{c.frequency === '7' ? 'Replacement' : c.frequency === '8' ? 'Void' : 'Original'}{c.originalClaimId ? <> of <RouterAnchor to={`/claims/${c.originalClaimId}`} size="sm">{c.originalClaimId.slice(0, 8)}</RouterAnchor></> : null}</Field>
          <Field label="Program">{c.program ?? '—'}</Field>
          <Field label="Submission key"><Text size="sm" ff="monospace">{c.submissionKey}</Text></Field>
          <Field label="Claim id"><Text size="xs" ff="monospace">{c.id}</Text></Field>
        </SimpleGrid>
      </Paper>
      <Section title="Lines">
        <Stack gap="md">
          {(c.lines ?? []).map((l) => (
            <Paper key={l.id} withBorder p="md" radius="md" data-testid="claim-line">
              <Group justify="space-between" mb="xs">
                <Group gap="sm">
                  <Text fw={700}>Line {l.lineNumber}</Text>
                  <Text ff="monospace">{[l.code, ...(l.modifiers ?? [])].join(' ')}</Text>
                  <Text size="sm" c="dimmed">{formatDate(l.serviceDate)}{l.serviceDateTo ? ` – ${formatDate(l.serviceDateTo)}` : ''}</Text>
                  {l.service && <Text size="sm">{serviceName(l.service)}</Text>}
                </Group>
                <ClaimStatusBadge status={l.status} />
              </Group>
              <Table withRowBorders={false} fz="sm" mb="sm">
                <Table.Thead><Table.Tr><Table.Th>Units</Table.Th><Table.Th>Minutes</Table.Th><Table.Th>Place of service</Table.Th>{l.groupSize != null && <Table.Th>Group size</Table.Th>}{l.residents != null && <Table.Th>Residents</Table.Th>}<Table.Th>Paid units</Table.Th><Table.Th ta="right">Billed</Table.Th><Table.Th ta="right">Allowed</Table.Th><Table.Th ta="right">Paid</Table.Th><Table.Th>Rate</Table.Th></Table.Tr></Table.Thead>
                <Table.Tbody><Table.Tr>
                  <Table.Td>{l.units ?? '—'}</Table.Td><Table.Td>{l.minutes ?? '—'}</Table.Td><Table.Td>{l.placeOfService ?? '—'}</Table.Td>
                  {l.groupSize != null && <Table.Td data-testid="line-group-size">{l.groupSize}</Table.Td>}{l.residents != null && <Table.Td>{l.residents}</Table.Td>}<Table.Td>{l.paidUnits ?? 0}</Table.Td>
                  <Table.Td ta="right">{formatMoney(l.chargeAmount)}</Table.Td><Table.Td ta="right">{formatMoney(l.allowedAmount)}</Table.Td>
                  <Table.Td ta="right" fw={700}>{formatMoney(l.paidAmount)}</Table.Td><Table.Td ff="monospace">{l.rateId ?? '—'}</Table.Td>
                </Table.Tr></Table.Tbody>
              </Table>
              <LineReasons reasons={l.reasons} />
              <LineTrace trace={l.trace} />
            </Paper>
          ))}
        </Stack>
      </Section>
    </>
  );
}
