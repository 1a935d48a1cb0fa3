import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

export interface Crumb { label: string; to?: string }

/** A page's breadcrumbs, heading, one-line description and actions. */
export function PageHeader({ title, crumbs = [], description, actions, badges }: {
  title: ReactNode;
  crumbs?: Crumb[];
  description?: ReactNode;
  actions?: ReactNode;
  badges?: ReactNode;
}) {
  return (
    <Stack gap={6} mb="lg">
      {crumbs.length > 0 && (
        <Breadcrumbs aria-label="Breadcrumb" separator="›" fz="sm">
          {crumbs.map((c) => c.to
            ? <Anchor key={c.label} component={Link} to={c.to} size="sm">{c.label}</Anchor>
            : <Text key={c.label} size="sm" c="dimmed" aria-current="page">{c.label}</Text>)}
        </Breadcrumbs>
      )}
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="sm" align="center">
            <Title order={1} fz={28}>{title}</Title>
            {badges}
          </Group>
          {description && <Text c="dimmed" size="sm" maw={820}>{description}</Text>}
        </Stack>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
    </Stack>
  );
}

/** A titled block inside a page. */
export function Section({ title, description, children, actions, testId }: {
  title: ReactNode; description?: ReactNode; children: ReactNode; actions?: ReactNode; testId?: string;
}) {
  return (
    <Stack gap="xs" mt="lg" data-testid={testId}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={2} fz={20}>{title}</Title>
          {description && <Text size="sm" c="dimmed">{description}</Text>}
        </Stack>
        {actions}
      </Group>
      {children}
    </Stack>
  );
}
