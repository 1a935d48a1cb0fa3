import { Alert, Badge, Button, Group, Paper, Radio, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useAuth } from '../../platform/auth.tsx';
import { formatDate } from '../../platform/format.ts';
import { PageHeader, Section } from '../../platform/PageHeader.tsx';
import { ProblemAlert } from '../../platform/ProblemAlert.tsx';
import { EmptyState, LoadingState } from '../../platform/States.tsx';
import { useRecordScaleReview, useScalePreview, useScaleReviews, useScales, type ProgramScale } from './api.ts';

const reviewerRoles = new Set(['state-admin', 'aso-reviewer']);

/** An organization's item-scale reviews over time (Supported Employment) and, for reviewers, the 25-item review form. */
export function ScaleReviewPage() {
  const { organizationId } = useParams({ strict: false }) as { organizationId?: string };
  const scales = useScales();
  const reviews = useScaleReviews(organizationId);
  const { user } = useAuth();
  const [scaleId, setScaleId] = useState<string | null>(null);
  if (scales.isPending || reviews.isPending) return <LoadingState />;
  if (scales.error || reviews.error) return <ProblemAlert error={scales.error ?? reviews.error} />;
  const scale = scales.data.find((s) => s.id === scaleId) ?? scales.data[0];
  return (
    <>
      <PageHeader title="Fidelity scale reviews" crumbs={[{ label: 'Network' }, { label: 'Organizations', to: '/organizations' }, { label: 'Organization', to: `/organizations/${organizationId}` }, { label: 'Scale reviews' }]} />
      {scales.data.length > 1 && <Select label="Scale" data={scales.data.map((s) => ({ value: s.id, label: s.name }))} value={scale?.id ?? null} onChange={setScaleId} w={360} mb="md" />}
      <Section title="Reviews over time">
        {reviews.data.length === 0 ? <EmptyState title="No scale reviews recorded" /> : (
          <Table aria-label="Scale reviews" striped>
            <Table.Thead><Table.Tr><Table.Th>Reviewed</Table.Th><Table.Th>Scale</Table.Th><Table.Th>Total</Table.Th><Table.Th>Band</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>{reviews.data.map((r) => (
              <Table.Tr key={r.id}><Table.Td>{formatDate(r.reviewedOn)}</Table.Td><Table.Td>{scales.data.find((s) => s.id === r.scale)?.name ?? r.scale}</Table.Td>
                <Table.Td>{r.total}</Table.Td><Table.Td>{r.bandName ?? r.band}</Table.Td></Table.Tr>
            ))}</Table.Tbody>
          </Table>
        )}
      </Section>
      {scale && organizationId && user && reviewerRoles.has(user.role) && <ScaleReviewForm key={scale.id} scale={scale} organizationId={organizationId} />}
    </>
  );
}

function ScaleReviewForm({ scale, organizationId }: { scale: ProgramScale; organizationId: string }) {
  const [reviewedOn, setReviewedOn] = useState(new Date().toISOString().slice(0, 10));
  const [ratings, setRatings] = useState<Record<string, number>>({});
  const preview = useScalePreview(scale.id, ratings);
  const record = useRecordScaleReview(organizationId);
  const rated = Object.keys(ratings).length;
  const sections = [...new Set(scale.items.map((i) => i.section))];
  return (
    <Section title={`Record a ${scale.name} review`} description={`${scale.items.length} items, each rated on its 1–5 anchors. Bands: ${scale.bands.map((b) => `${b.name} ${b.min}–${b.max}`).join('; ')}.`} testId="scale-form">
      <Stack>
        <Paper withBorder p="sm" radius="md" pos="sticky" top={60} style={{ zIndex: 2 }}>
          <Group>
            <TextInput label="Review date" type="date" value={reviewedOn} onChange={(e) => setReviewedOn(e.currentTarget.value)} w={180} />
            <Text data-testid="scale-total" fw={700}>Total {preview.data?.total ?? 0} of {scale.items.length * 5} ({rated}/{scale.items.length} rated)</Text>
            {preview.data?.band && <Badge size="lg" data-testid="scale-band">{preview.data.band.name}</Badge>}
          </Group>
        </Paper>
        {sections.map((section) => (
          <Stack key={section} gap="sm">
            <Text fw={700} size="lg">{section}</Text>
            {scale.items.filter((i) => i.section === section).map((item) => (
              <Paper key={item.id} withBorder p="sm" radius="md">
                <Radio.Group label={`${item.section} ${item.number}. ${item.name}`} description={item.criterion}
                  value={ratings[item.id] ? String(ratings[item.id]) : null} onChange={(v) => setRatings((r) => ({ ...r, [item.id]: Number(v) }))}>
                  <Stack gap={4} mt="xs">
                    {Object.entries(item.anchors).sort(([a], [b]) => a.localeCompare(b)).map(([value, text]) => (
                      <Radio key={value} value={value} label={`${value} — ${text}`} />
                    ))}
                  </Stack>
                </Radio.Group>
              </Paper>
            ))}
          </Stack>
        ))}
        {record.error ? <ProblemAlert error={record.error} /> : null}
        {record.data && <Alert color="green">Review recorded: total {record.data.total}, {record.data.bandName}.</Alert>}
        <Group><Button disabled={rated < scale.items.length || record.isPending} loading={record.isPending}
          onClick={() => record.mutate({ scale: scale.id, program: scale.program, reviewedOn, ratings })}>Record review</Button></Group>
      </Stack>
    </Section>
  );
}
