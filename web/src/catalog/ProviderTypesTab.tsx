import { Accordion, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { CatalogPack, ProviderType, Requirement } from './api.ts';
import { effectiveOn, EntryMeta, serviceName, DecisionBadge } from './CatalogParts.tsx';
import { CitationBadge } from '../platform/CitationBadge.tsx';
import { humanize } from '../platform/format.ts';
import { EmptyState } from '../platform/States.tsx';

function RequirementRow({ requirement: r }: { requirement: Requirement }) {
  return (
    <Table.Tr>
      <Table.Td w={140}><Badge variant="light" color="gray" tt="none" radius="sm">{humanize(r.kind)}</Badge></Table.Td>
      <Table.Td><Text size="sm">{r.text}</Text>{r.when && <Text size="xs" c="dimmed">Only when: {r.when}</Text>}</Table.Td>
      <Table.Td w={150}><CitationBadge source={r.source} /></Table.Td>
    </Table.Tr>
  );
}

function ProviderTypePanel({ type, pack }: { type: ProviderType; pack: CatalogPack }) {
  return (
    <Stack gap="md">
      <Group gap="xs"><Text size="sm" c="dimmed">Delivered by</Text><Text size="sm">{humanize(type.delivery)}</Text><EntryMeta entry={type} pack={pack} showDates /></Group>
      <Stack gap={4}>
        <Title order={4} fz={15}>Services</Title>
        <Group gap={4}>{type.services.map((s) => <Badge key={s} variant="light" tt="none" radius="sm">{serviceName(pack, s)}</Badge>)}</Group>
      </Stack>
      {type.requirements.length > 0 && (
        <Stack gap={4}>
          <Title order={4} fz={15}>Organization requirements</Title>
          <Table withTableBorder striped verticalSpacing={6}><Table.Tbody>{type.requirements.map((r) => <RequirementRow key={r.id} requirement={r} />)}</Table.Tbody></Table>
        </Stack>
      )}
      {type.roles.length > 0 && (
        <Stack gap={4}>
          <Title order={4} fz={15}>Staff roles</Title>
          {type.roles.map((role) => (
            <Paper key={role.id} withBorder p="sm" radius="sm">
              <Group gap="xs" mb={4}>
                <Text fw={600} size="sm">{role.name}</Text>
                <Badge size="xs" color={role.required ? 'red' : 'gray'} variant="light">{role.required ? 'Required' : 'Optional'}</Badge>
                <CitationBadge source={role.source} />
              </Group>
              <Text size="xs" c="dimmed" mb={4}>{role.qualifiedBy.length > 1 ? 'Qualified by any one of these paths:' : 'Qualified by:'}</Text>
              <Stack gap={6}>
                {role.qualifiedBy.map((path, i) => (
                  <Stack key={i} gap={2} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-blue-2)' }}>
                    {role.qualifiedBy.length > 1 && <Text size="xs" fw={600}>Path {i + 1} (all of)</Text>}
                    <Table verticalSpacing={4}><Table.Tbody>{path.map((r) => <RequirementRow key={r.id} requirement={r} />)}</Table.Tbody></Table>
                  </Stack>
                ))}
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
      {type.verification && (
        <Stack gap={4}>
          <Title order={4} fz={15}>Verification</Title>
          <Text size="sm">
            By {type.verification.by}, {humanize(type.verification.initial).toLowerCase()}, then every {type.verification.everyMonths} months.
          </Text>
          <Text size="sm" c="dimmed">{type.verification.text}</Text>
          <Group gap={4}><CitationBadge source={type.verification.source} /><DecisionBadge id={type.verification.decision} pack={pack} /></Group>
        </Stack>
      )}
    </Stack>
  );
}

/** Provider types: services they may deliver, organization requirements, staff roles and verification. */
export function ProviderTypesTab({ pack, date }: { pack: CatalogPack; date: string }) {
  const types = effectiveOn(pack.providerTypes, date);
  if (types.length === 0) return <EmptyState title="No provider types in force on this date" />;
  return (
    <Accordion variant="separated" chevronPosition="left" defaultValue={types[0]?.id}>
      {types.map((t) => (
        <Accordion.Item key={t.id} value={t.id}>
          <Accordion.Control>
            <Group gap="sm">
              <Text fw={600}>{t.name}</Text>
              <Text size="sm" c="dimmed">{t.services.length} services · {t.requirements.length} requirements · {t.roles.length} staff roles</Text>
            </Group>
          </Accordion.Control>
          <Accordion.Panel><ProviderTypePanel type={t} pack={pack} /></Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
