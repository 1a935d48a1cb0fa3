import { Button, Checkbox, NumberInput, Paper, Select, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { PageHeader } from '../../platform/PageHeader.tsx';
import { ProblemAlert } from '../../platform/ProblemAlert.tsx';
import { QueryState } from '../../platform/States.tsx';
import { useCreateApplication, useProviderTypes } from './api.ts';

/** Apply for certification: choose the program and provider type (and which conditional requirements apply). */
export function ApplyPage() {
  const types = useProviderTypes();
  const create = useCreateApplication();
  const navigate = useNavigate();
  const [program, setProgram] = useState<string | null>(null);
  const [providerType, setProviderType] = useState<string | null>(null);
  const [kinds, setKinds] = useState<string[]>([]);
  const [clients, setClients] = useState<number | string>('');
  return (
    <>
      <PageHeader title="Apply for certification" crumbs={[{ label: 'Network' }, { label: 'Certification', to: '/certification' }, { label: 'Apply' }]}
        description="The application's checklist is the policy pack's requirements and staff roles for the provider type." />
      <QueryState query={types} what="provider types">
        {(options) => {
          const programs = [...new Map(options.map((o) => [o.program, o.programName])).entries()];
          const chosen = options.find((o) => o.program === program && o.id === providerType);
          return (
            <Paper withBorder p="md" radius="md" maw={720}>
              <Stack>
                <Select label="Program" data={programs.map(([value, label]) => ({ value, label }))} value={program}
                  onChange={(v) => { setProgram(v); setProviderType(null); setKinds([]); }} />
                <Select label="Provider type" searchable disabled={!program}
                  data={options.filter((o) => o.program === program).map((o) => ({ value: o.id, label: o.name }))}
                  value={providerType} onChange={(v) => { setProviderType(v); setKinds([]); }} />
                {chosen && (
                  <Text size="sm" c="dimmed">
                    {chosen.requirements} requirements, {chosen.roles} staff roles
                    {chosen.verificationEveryMonths ? `; re-verified every ${chosen.verificationEveryMonths} months` : ''}.
                  </Text>
                )}
                {chosen && chosen.applicationKinds.length > 0 && (
                  <Checkbox.Group label="This application is for" value={kinds} onChange={setKinds}>
                    <Stack gap={4} mt={4}>{chosen.applicationKinds.map((k) => <Checkbox key={k} value={k} label={k} />)}</Stack>
                  </Checkbox.Group>
                )}
                <NumberInput label="Clients you expect to serve (for staffing ratios)" min={0} value={clients} onChange={setClients} />
                {create.isError && <ProblemAlert error={create.error} />}
                <Button disabled={!chosen} loading={create.isPending} onClick={() => create.mutate(
                  { program: program!, providerType: providerType!, applicationKinds: kinds, projectedClients: typeof clients === 'number' ? clients : null },
                  { onSuccess: (app) => void navigate({ to: `/certification/${app.id}` }) },
                )}>Start application</Button>
              </Stack>
            </Paper>
          );
        }}
      </QueryState>
    </>
  );
}
