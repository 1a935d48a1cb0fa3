import { Anchor, Button, Group, Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useRemittance, type Remittance } from './api.ts';
import { Field } from '../platform/ExtraFields.tsx';
import { formatDate, formatMoney } from '../platform/format.ts';
import { PageHeader, Section } from '../platform/PageHeader.tsx';
import { RouterAnchor } from '../platform/RouterAnchor.tsx';
import { QueryState } from '../platform/States.tsx';

/** One remittance: totals, each claim paid or denied, recoupments, and the 835 / CSV downloads. */
export function RemittanceDetailPage() {
  const { remittanceId } = useParams({ strict: false }) as { remittanceId?: string };
  const query = useRemittance(remittanceId);
  return (
    <QueryState query={query} what="remittance" backTo="/remittances" backLabel="Back to remittances">
      {(r) => <RemittanceView remittance={r} />}
    </QueryState>
  );
}

function RemittanceView({ remittance: r }: { remittance: Remittance }) {
  const base = `/api/v1/remittances/${encodeURIComponent(r.id)}`;
  return (
    <>
      <PageHeader title={`Remittance of ${formatDate(r.runOn)}`} crumbs={[{ label: 'Remittances', to: '/remittances' }, { label: r.id.slice(0, 8) }]}
        description={r.organizationName ?? r.payeeNpi}
        actions={<Group gap="xs">
          {r.has835 && <Button component="a" href={`${base}?format=835`} variant="light" size="xs" data-testid="download-835">Download 835</Button>}
          <Button component="a" href={`${base}?format=csv`} variant="light" size="xs" data-testid="download-csv">Download CSV</Button>
        </Group>} />
      <Paper withBorder p="md" radius="md" mb="lg">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="lg">
          <Field label="Claims">{r.claimCount}</Field>
          <Field label="Billed">{formatMoney(r.totalBilled)}</Field>
          <Field label="Paid">{formatMoney(r.totalPaid)}</Field>
          <Field label="Recouped">{formatMoney(r.totalRecouped)}</Field>
          <Field label="Net payment"><Text fw={700} size="sm" data-testid="net-payment">{formatMoney(r.netPayment)}</Text></Field>
        </SimpleGrid>
      </Paper>
      <Section title="Claims">
        <Table striped fz="sm">
          <Table.Thead><Table.Tr><Table.Th>Claim</Table.Th><Table.Th>Member</Table.Th><Table.Th>Lines</Table.Th><Table.Th ta="right">Billed</Table.Th><Table.Th ta="right">Paid</Table.Th><Table.Th>Adjustments</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {(r.document?.claims ?? []).map((c) => (
              <Table.Tr key={c.claimId}>
                <Table.Td><RouterAnchor to={`/claims/${c.claimId}`} size="sm" ff="monospace">{c.patientControlNumber}</RouterAnchor></Table.Td>
                <Table.Td ff="monospace">{c.medicaidId}</Table.Td>
                <Table.Td>{c.lines?.length ?? 0}</Table.Td>
                <Table.Td ta="right">{formatMoney(c.charge)}</Table.Td>
                <Table.Td ta="right">{formatMoney(c.paid)}</Table.Td>
                <Table.Td ff="monospace">{(c.lines ?? []).flatMap((l) => l.adjustments ?? []).map((a) => `${a.group}-${a.code} ${a.amount}`).join(', ') || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {(r.document?.recoupments ?? []).length > 0 && (
          <Text size="sm" mt="sm">Recouped: {(r.document?.recoupments ?? []).map((x) => <Anchor key={x.claimId} href={`/claims/${x.claimId}`} mr="xs">{formatMoney(x.amount)}</Anchor>)}</Text>
        )}
      </Section>
    </>
  );
}
