import { Alert, List, Text } from '@mantine/core';
import { isProblem } from './fetch-json.ts';

/** Shows a failed request: the problem's title, its detail and any field errors. */
export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const problem = isProblem(error) ? error.problem : undefined;
  const heading = title ?? problem?.title ?? 'Something went wrong';
  const detail = problem ? (title ? problem.title + (problem.detail ? `: ${problem.detail}` : '') : problem.detail)
    : error instanceof Error ? error.message : String(error);
  return (
    <Alert color="red" variant="light" title={heading} role="alert" data-testid="problem">
      {detail && <Text size="sm">{detail}</Text>}
      {problem?.errors && problem.errors.length > 0 && (
        <List size="sm" mt="xs" data-testid="field-errors">
          {problem.errors.map((e, i) => (
            <List.Item key={`${e.path}-${i}`}><Text span ff="monospace" size="sm">{e.path || '(request)'}</Text>: {e.message}</List.Item>
          ))}
        </List>
      )}
      {problem && problem.status > 0 && <Text size="xs" c="dimmed" mt="xs">HTTP {problem.status}{problem.type && problem.type !== 'about:blank' ? ` · ${problem.type}` : ''}</Text>}
    </Alert>
  );
}
