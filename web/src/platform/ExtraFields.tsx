import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDate, humanize } from './format.ts';

/** A label over a value, for a record's summary. */
export function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={0} data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text component="div" size="sm">{children ?? '—'}</Text>
    </Stack>
  );
}

const isDateLike = (key: string, value: string) => /(date|from|to|at|on)$/i.test(key) && /^\d{4}-\d{2}-\d{2}/.test(value);

/**
 * Scalar fields of a record that the page does not lay out itself: the backend may add fields, and users
 * should still see them.
 */
export function ExtraFields({ record, known }: { record: Record<string, unknown>; known: string[] }) {
  const entries = Object.entries(record).filter(([key, value]) =>
    !known.includes(key) && !/password|hash|secret|token/i.test(key) &&
    (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'));
  if (entries.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" mt="md" data-testid="extra-fields">
      {entries.map(([key, value]) => (
        <Field key={key} label={humanize(key)}>
          {typeof value === 'string' && isDateLike(key, value) ? formatDate(value) : String(value)}
        </Field>
      ))}
    </SimpleGrid>
  );
}
