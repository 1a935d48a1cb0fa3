import { Anchor, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useMemberList } from '../members/api.ts';
import { useOrganizationList, useTeamList } from '../network/api.ts';
import { useAuthorizationList } from '../um/api.ts';
import { roleLabels, useAuth } from '../platform/auth.tsx';
import { PageHeader } from '../platform/PageHeader.tsx';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Paged } from '../platform/paged-list.ts';

function CountCard({ label, to, query, testId, footnote }: {
  label: string; to: string; query: UseQueryResult<Paged<unknown>, Error>; testId: string; footnote?: string;
}) {
  return (
    <Card withBorder radius="md" padding="lg" component={Link} to={to} data-testid={testId}>
      <Text size="sm" c="dimmed" fw={600} tt="uppercase">{label}</Text>
      {query.isPending ? <Skeleton h={36} w={80} mt={6} /> : query.isError ? (
        <Tooltip label={query.error.message}><Text fz={32} fw={700} c="dimmed">—</Text></Tooltip>
      ) : (
        <Text fz={32} fw={700} data-testid="count">{query.data.total.toLocaleString('en-US')}</Text>
      )}
      {footnote && <Text size="xs" c="dimmed">{footnote}</Text>}
      <Text size="sm" c="blue">View {label.toLowerCase()} →</Text>
    </Card>
  );
}

/** After sign-in: counts of what the user can see, and where to go next. */
export function HomePage() {
  const { user } = useAuth();
  const members = useMemberList({ pageSize: 1 });
  const organizations = useOrganizationList({ pageSize: 1 });
  const teams = useTeamList({ pageSize: 1 });
  // Open = approved and so in force; the reviewers' queue is what is requested and not yet decided.
  const approved = useAuthorizationList({ pageSize: 1, status: 'approved' });
  const requested = useAuthorizationList({ pageSize: 1, status: 'requested' });
  return (
    <>
      <PageHeader
        title={`Welcome, ${user?.name ?? ''}`}
        description={`${roleLabels[user?.role ?? ''] ?? user?.role ?? ''}${user?.organizationName ? ` · ${user.organizationName}` : ''}`}
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <CountCard label="Members" to="/members" query={members} testId="count-members" />
        <CountCard label="Organizations" to="/organizations" query={organizations} testId="count-organizations" />
        <CountCard label="Teams" to="/teams" query={teams} testId="count-teams" />
        <CountCard label="Open authorizations" to="/authorizations" query={approved} testId="count-authorizations"
          footnote={requested.data ? `${requested.data.total.toLocaleString('en-US')} awaiting a decision` : undefined} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" mt="xl">
        <Card withBorder radius="md" padding="lg">
          <Stack gap="xs">
            <Title order={2} fz={18}>Policy catalog</Title>
            <Text size="sm" c="dimmed">Services, codes and rates, limits, rules, authorization, provider qualifications, criteria and fidelity, each cited to the manual line it comes from.</Text>
            <Group gap="md">
              <Anchor component={Link} to="/catalog" size="sm">Open the catalog</Anchor>
              <Anchor component={Link} to="/catalog" search={{ tab: 'fees' } as never} size="sm">Fee schedule</Anchor>
              <Anchor component={Link} to="/catalog" search={{ tab: 'decisions' } as never} size="sm">Decisions register</Anchor>
            </Group>
          </Stack>
        </Card>
        <Card withBorder radius="md" padding="lg">
          <Stack gap="xs">
            <Title order={2} fz={18}>Network</Title>
            <Text size="sm" c="dimmed">Provider organizations and their enrollments, sites, ACT and ICM teams with fidelity levels, and staff credentials.</Text>
            <Group gap="md">
              <Anchor component={Link} to="/organizations" size="sm">Organizations</Anchor>
              <Anchor component={Link} to="/teams" size="sm">Teams</Anchor>
              <Anchor component={Link} to="/staff" size="sm">Staff</Anchor>
            </Group>
          </Stack>
        </Card>
      </SimpleGrid>
    </>
  );
}
