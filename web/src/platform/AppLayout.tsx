import { AppShell, Badge, Burger, Button, Group, NavLink, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { roleLabels, useAuth } from './auth.tsx';

export interface NavItem { label: string; to: string; public?: boolean; exact?: boolean }
/** A navbar group: one per module (Catalog, Network, Members, Utilization management). */
export interface NavGroup { module: string; items: NavItem[] }

/** The frame every page but sign-in sits in: header with the user, navbar by module, the page. */
export function AppLayout({ navigation, children }: { navigation: NavGroup[]; children?: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure();
  const { user } = useAuth();
  const { pathname } = useLocation();
  const isActive = (item: NavItem) => item.exact ? pathname === item.to : pathname === item.to || pathname.startsWith(`${item.to}/`);
  const groups = navigation
    .map((g) => ({ ...g, items: g.items.filter((i) => user || i.public) }))
    .filter((g) => g.items.length > 0);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Link to={user ? '/' : '/catalog'} style={{ textDecoration: 'none', color: 'inherit' }}>
              <Group gap={8} wrap="nowrap">
                <Title order={3} fz={20} c="blue.8">OpenHCBS</Title>
                <Text size="sm" c="dimmed" visibleFrom="md">Behavioral-health HCBS administration</Text>
              </Group>
            </Link>
          </Group>
          <CurrentUser />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap="md">
            {groups.map((group) => (
              <Stack key={group.module} gap={2}>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm">{group.module}</Text>
                {group.items.map((item) => (
                  <NavLink
                    key={item.to}
                    component={Link}
                    to={item.to}
                    label={item.label}
                    active={isActive(item)}
                    onClick={close}
                  />
                ))}
              </Stack>
            ))}
          </Stack>
        </AppShell.Section>
        {!user && (
          <AppShell.Section>
            <Text size="xs" c="dimmed" p="sm">The policy catalog and fee schedule are public. Sign in for network, member and authorization records.</Text>
          </AppShell.Section>
        )}
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <div style={{ maxWidth: 1400, margin: '0 auto' }}>
          {children ?? <Outlet />}
        </div>
      </AppShell.Main>
    </AppShell>
  );
}

function CurrentUser() {
  const { user, signOut } = useAuth();
  const location = useLocation();
  if (!user) {
    return (
      <Button component={Link} to="/sign-in" search={{ redirect: location.href } as never} variant="light" size="sm">
        Sign in
      </Button>
    );
  }
  return (
    <Group gap="md" wrap="nowrap" data-testid="current-user">
      <Stack gap={0} align="flex-end">
        <Text size="sm" fw={600} data-testid="current-user-name">{user.name}</Text>
        <Group gap={6} wrap="nowrap">
          <Badge size="xs" variant="light" data-testid="current-user-role" data-role={user.role}>{roleLabels[user.role] ?? user.role}</Badge>
          {user.organizationName && <Text size="xs" c="dimmed" data-testid="current-user-organization">{user.organizationName}</Text>}
        </Group>
      </Stack>
      <Button
        variant="default" size="sm"
        // The sign-in guard then takes the user to /sign-in (from a public page, they stay on it).
        onClick={() => void signOut()}
      >
        Sign out
      </Button>
    </Group>
  );
}
