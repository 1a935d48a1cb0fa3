import { Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { isProblem } from './fetch-json.ts';
import { ProblemAlert } from './ProblemAlert.tsx';
import { RouterAnchor } from './RouterAnchor.tsx';

/** A centred spinner with words, while a page's data loads. */
export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <Center py="xl" data-testid="loading">
      <Group gap="sm"><Loader size="sm" /><Text c="dimmed">{label}</Text></Group>
    </Center>
  );
}

/** Nothing to show yet: what is missing, and optionally what to do about it. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" data-testid="empty-state">
      <Stack gap={4} align="center">
        <Text fw={600}>{title}</Text>
        {children && <Text size="sm" c="dimmed" ta="center">{children}</Text>}
      </Stack>
    </Paper>
  );
}

/**
 * A record the caller may not see. The server answers 404 both for missing records and for another
 * organization's records, so the page says both.
 */
export function NotFoundState({ what = 'record', backTo, backLabel }: { what?: string; backTo?: string; backLabel?: string }) {
  return (
    <Paper withBorder p="xl" radius="md" data-testid="not-found-state">
      <Stack gap="xs" align="center">
        <Title order={3}>Not found or not available to your organization</Title>
        <Text c="dimmed" ta="center" maw={560}>
          This {what} does not exist, or it belongs to an organization your account cannot see.
          Check the link, or ask your administrator if you think you should have access.
        </Text>
        {backTo && <RouterAnchor to={backTo}>{backLabel ?? 'Back to the list'}</RouterAnchor>}
      </Stack>
    </Paper>
  );
}

/** Renders a query's loading, not-found and error states, then `children(data)`. */
export function QueryState<T>({ query, what, backTo, backLabel, children }: {
  query: UseQueryResult<T, Error>;
  what?: string;
  backTo?: string;
  backLabel?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    if (isProblem(query.error, 404)) return <NotFoundState what={what} backTo={backTo} backLabel={backLabel} />;
    return <ProblemAlert error={query.error} />;
  }
  return <>{children(query.data)}</>;
}
