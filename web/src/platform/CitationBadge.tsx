import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { createContext, useContext } from 'react';

/** Source document titles by file name (from the pack manifest), for citation tooltips. */
export const SourceTitles = createContext<Record<string, string>>({});

/** `003_23a08ecffbbbbdbf.txt:L1089-L1094` → `003:L1089-L1094`. */
export function shortCitation(citation: string): string {
  const match = /^(\d{3})_[0-9a-f]+\.txt:(L\d+(?:-L\d+)?)$/.exec(citation);
  return match ? `${match[1]}:${match[2]}` : citation;
}

function CitationTooltip({ citation }: { citation: string }) {
  const titles = useContext(SourceTitles);
  const file = citation.split(':')[0] ?? citation;
  const lines = citation.split(':')[1];
  return (
    <Stack gap={0}>
      {titles[file] && <Text size="xs" fw={600}>{titles[file]}</Text>}
      <Text size="xs" ff="monospace">{file}</Text>
      {lines && <Text size="xs">line {lines.replace(/L/g, '').replace('-', '–')}</Text>}
    </Stack>
  );
}

/** The manual line(s) an entry comes from: a short badge per citation, the full citation in a tooltip. */
export function CitationBadge({ source }: { source: string | string[] | undefined | null }) {
  if (!source || (Array.isArray(source) && source.length === 0)) return null;
  const citations = Array.isArray(source) ? source : [source];
  return (
    <Group gap={4} wrap="wrap" component="span">
      {citations.map((c) => (
        <Tooltip key={c} label={<CitationTooltip citation={c} />} withArrow multiline>
          <Badge
            variant="outline" color="gray" radius="sm" size="sm" tt="none" ff="monospace"
            data-testid="citation" data-citation={c} aria-label={`Source ${c}`} tabIndex={0}
            style={{ minWidth: 'max-content', overflow: 'visible', flexShrink: 0 }}
          >
            {shortCitation(c)}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
