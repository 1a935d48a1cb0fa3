import { Progress, Stack, Text } from '@mantine/core';

/** `12 / 40` units with a bar; red when used up. */
export function UnitsUsed({ used = 0, units }: { used?: number; units?: number }) {
  if (typeof units !== 'number') return <Text size="sm">—</Text>;
  const pct = units > 0 ? Math.min(100, (used / units) * 100) : 0;
  return (
    <Stack gap={2} align="flex-end">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{used.toLocaleString('en-US')} / {units.toLocaleString('en-US')}</Text>
      <Progress w={100} size="sm" value={pct} color={pct >= 100 ? 'red' : pct >= 80 ? 'orange' : 'blue'} aria-label={`${used} of ${units} units used`} />
    </Stack>
  );
}
