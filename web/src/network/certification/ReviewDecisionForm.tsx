import { Button, Group, Paper, SegmentedControl, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ProblemAlert } from '../../platform/ProblemAlert.tsx';
import { applicationPath, useApplicationAction } from './api.ts';

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** The reviewer's actions on a submitted application: send it back for more information, or decide it. */
export function ReviewDecisionForm({ applicationId }: { applicationId: string }) {
  const [outcome, setOutcome] = useState('approved');
  const [reasons, setReasons] = useState('');
  const [conditions, setConditions] = useState('');
  const [through, setThrough] = useState('');
  const [infoNote, setInfoNote] = useState('');
  const decide = useApplicationAction<Record<string, unknown>>(applicationId, (body) => ({ method: 'POST', url: `${applicationPath(applicationId)}/decision`, body }));
  const askInfo = useApplicationAction<{ note: string }>(applicationId, (body) => ({ method: 'POST', url: `${applicationPath(applicationId)}/request-information`, body }));
  return (
    <Stack>
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Textarea label="Request more information (goes back to the provider)" value={infoNote} onChange={(e) => setInfoNote(e.currentTarget.value)} />
          {askInfo.isError && <ProblemAlert error={askInfo.error} />}
          <Group><Button variant="light" disabled={!infoNote.trim()} loading={askInfo.isPending} onClick={() => askInfo.mutate({ note: infoNote })}>Request information</Button></Group>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" data-testid="decision-form">
        <Stack gap="xs">
          <SegmentedControl aria-label="Outcome" value={outcome} onChange={setOutcome}
            data={[{ value: 'approved', label: 'Approve' }, { value: 'provisional', label: 'Approve provisionally' }, { value: 'denied', label: 'Deny' }]} />
          <Textarea label="Reasons (one per line)" value={reasons} onChange={(e) => setReasons(e.currentTarget.value)} />
          <Textarea label="Conditions (one per line)" value={conditions} onChange={(e) => setConditions(e.currentTarget.value)} />
          <TextInput label="Certified through (YYYY-MM-DD; empty for the default term)" value={through} onChange={(e) => setThrough(e.currentTarget.value)} />
          {decide.isError && <ProblemAlert error={decide.error} />}
          <Group><Button loading={decide.isPending} onClick={() => decide.mutate({
            outcome, reasons: lines(reasons), conditions: lines(conditions), ...(through.trim() ? { certifiedThrough: through.trim() } : {}),
          })}>Record decision</Button></Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
