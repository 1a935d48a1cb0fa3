import { Accordion, Code, List, Text } from '@mantine/core';
import type { TraceStep } from './api.ts';

/** The explanation trace of a line: every edit in order, whether it applied and what it found. */
export function LineTrace({ trace }: { trace: unknown }) {
  const steps = (Array.isArray(trace) ? trace : []).filter(Boolean) as TraceStep[];
  if (!steps.length) return null;
  return (
    <Accordion variant="contained" chevronPosition="left">
      <Accordion.Item value="trace">
        <Accordion.Control data-testid="trace-toggle">How this line was decided ({steps.filter((s) => s.applied).length} checks applied)</Accordion.Control>
        <Accordion.Panel>
          <List size="sm" spacing={2} data-testid="trace">
            {steps.map((s, i) => (
              <List.Item key={`${s.edit}-${i}`}>
                <Code>{s.edit}</Code>{' '}
                <Text span size="sm" c={s.findings?.length ? 'red' : s.applied ? 'green' : 'dimmed'}>
                  {!s.applied ? 'did not apply' : s.findings?.length ? s.findings.map((f) => `${f.outcome ?? ''} ${f.reason ?? ''}`.trim()).join(', ') : 'passed'}
                </Text>
              </List.Item>
            ))}
          </List>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
