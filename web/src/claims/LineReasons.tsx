import { Badge, Group, Stack, Text } from '@mantine/core';
import type { Reason } from './api.ts';
import { CitationBadge } from '../platform/CitationBadge.tsx';

/** Why a line was denied, reduced or pended: CARC/RARC, the wording, the rule and its manual citation. */
export function LineReasons({ reasons }: { reasons: Reason[] | undefined }) {
  if (!reasons?.length) return <Text size="sm" c="dimmed">No adjustments.</Text>;
  return (
    <Stack gap="xs">
      {reasons.map((r, i) => (
        <Stack key={`${r.reason}-${i}`} gap={2} data-testid="line-reason">
          <Group gap="xs">
            {r.carc && <Badge variant="filled" color="red" size="sm" ff="monospace" data-testid="carc">{r.carc.group}-{r.carc.code}</Badge>}
            {r.rarc && <Badge variant="outline" color="red" size="sm" ff="monospace">{r.rarc}</Badge>}
            <Text size="sm" fw={600}>{r.reason}</Text>
          </Group>
          {r.text && <Text size="sm">{r.text}</Text>}
          <Group gap="xs">
            <Text size="xs" c="dimmed">Rule <Text span ff="monospace" size="xs">{r.rule.id}</Text>{r.rule.decision ? ` · decision ${r.rule.decision}` : ''}</Text>
            <CitationBadge source={r.rule.source ?? null} />
          </Group>
        </Stack>
      ))}
    </Stack>
  );
}
