import { Stack, Text, Title } from '@mantine/core';
import { RouterAnchor } from './RouterAnchor.tsx';

/** A URL that matches no page. */
export function NotFoundPage() {
  return (
    <Stack align="center" py="xl" gap="xs" data-testid="page-not-found">
      <Title order={1} fz={26}>Page not found</Title>
      <Text c="dimmed">There is no page at this address.</Text>
      <RouterAnchor to="/">Go to the home page</RouterAnchor>
    </Stack>
  );
}
