import { Badge, Button, Group, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { humanize } from '../../platform/format.ts';
import { StatusBadge } from '../../platform/StatusBadge.tsx';
import type { ApplicationItem, Finding } from './api.ts';

const findingColor = { met: 'green', 'not-met': 'red', unknown: 'gray' } as const;

/** System findings of the automatic checks on one item, as the reviewer and the provider see them. */
export function Findings({ findings }: { findings: Finding[] }) {
  if (!findings.length) return null;
  return (
    <Stack gap={2} mt={4} data-testid="findings">
      {findings.map((f, i) => (
        <Group key={i} gap={6} wrap="nowrap" align="flex-start">
          <Badge size="xs" variant="light" color={findingColor[f.outcome]} tt="none">{f.outcome}</Badge>
          <Text size="xs" c="dimmed">{f.message}</Text>
        </Group>
      ))}
    </Stack>
  );
}

/**
 * The checklist: each requirement and role with its status, the provider's answer, the reviewer's note and the
 * system findings. `mode` decides what may be changed: the provider's answers, the reviewer's item decisions, or nothing.
 */
export function ApplicationItems({ items, mode, onAnswer, onDecide, busy }: {
  items: ApplicationItem[];
  mode: 'answer' | 'review' | 'read';
  onAnswer?: (id: string, note: string) => void;
  onDecide?: (id: string, status: string, note: string) => void;
  busy?: boolean;
}) {
  return (
    <Table verticalSpacing="sm" data-testid="items">
      <Table.Thead><Table.Tr><Table.Th w="45%">Item</Table.Th><Table.Th>Status</Table.Th><Table.Th w="40%">{mode === 'review' ? 'Review' : 'Answer'}</Table.Th></Table.Tr></Table.Thead>
      <Table.Tbody>
        {items.map((item) => <ItemRow key={item.id} item={item} mode={mode} onAnswer={onAnswer} onDecide={onDecide} busy={busy} />)}
      </Table.Tbody>
    </Table>
  );
}

function ItemRow({ item, mode, onAnswer, onDecide, busy }: { item: ApplicationItem; mode: 'answer' | 'review' | 'read'; onAnswer?: (id: string, note: string) => void; onDecide?: (id: string, status: string, note: string) => void; busy?: boolean }) {
  const [note, setNote] = useState(item.providerNote ?? '');
  const [decision, setDecision] = useState<string | null>(item.status === 'pending' ? null : item.status);
  const [reviewNote, setReviewNote] = useState(item.reviewerNote ?? '');
  return (
    <Table.Tr data-testid={`item-${item.requirementId}`}>
      <Table.Td>
        <Text size="xs" c="dimmed">{item.itemKind === 'role' ? 'Staff role' : humanize(item.kind)} · {item.requirementId}</Text>
        <Text size="sm">{item.text}</Text>
        <Findings findings={item.findings} />
      </Table.Td>
      <Table.Td><StatusBadge status={item.status} /></Table.Td>
      <Table.Td>
        {mode === 'answer' && (
          <Stack gap={4}>
            <Textarea aria-label={`Answer for ${item.requirementId}`} autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            {note !== (item.providerNote ?? '') && <Button size="xs" variant="light" loading={busy} onClick={() => onAnswer?.(item.id, note)}>Save answer</Button>}
            {item.reviewerNote && <Text size="xs" c="orange">Reviewer: {item.reviewerNote}</Text>}
          </Stack>
        )}
        {mode === 'review' && (
          <Stack gap={4}>
            {item.providerNote && <Text size="xs">Provider: {item.providerNote}</Text>}
            <Group gap={4} wrap="nowrap">
              <Select aria-label={`Decision for ${item.requirementId}`} size="xs" w={130} value={decision} onChange={setDecision}
                data={['met', 'not-met', 'needs-info', 'waived'].map((s) => ({ value: s, label: humanize(s) }))} />
              <Textarea aria-label={`Note for ${item.requirementId}`} size="xs" autosize minRows={1} style={{ flex: 1 }} value={reviewNote} onChange={(e) => setReviewNote(e.currentTarget.value)} />
              <Button size="xs" variant="light" disabled={!decision} loading={busy} onClick={() => onDecide?.(item.id, decision!, reviewNote)}>Save</Button>
            </Group>
          </Stack>
        )}
        {mode === 'read' && (
          <Stack gap={2}>
            {item.providerNote && <Text size="xs">Provider: {item.providerNote}</Text>}
            {item.reviewerNote && <Text size="xs">Reviewer: {item.reviewerNote}</Text>}
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
