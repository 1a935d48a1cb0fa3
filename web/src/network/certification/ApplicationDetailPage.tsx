import { Anchor, Button, FileInput, Group, Paper, SimpleGrid, Stack, Table, Text, Timeline } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useAuth } from '../../platform/auth.tsx';
import { Field } from '../../platform/ExtraFields.tsx';
import { formatDate, humanize } from '../../platform/format.ts';
import { PageHeader, Section } from '../../platform/PageHeader.tsx';
import { ProblemAlert } from '../../platform/ProblemAlert.tsx';
import { RouterAnchor } from '../../platform/RouterAnchor.tsx';
import { QueryState } from '../../platform/States.tsx';
import { StatusBadge } from '../../platform/StatusBadge.tsx';
import { applicationPath, fileToBase64, useApplication, useApplicationAction, useUploadDocument, type Application, type NamedStaff } from './api.ts';
import { ApplicationItems } from './ApplicationItems.tsx';
import { NamedStaffEditor } from './NamedStaffEditor.tsx';
import { ReviewDecisionForm } from './ReviewDecisionForm.tsx';

/** One certification application: checklist, named staff, documents, history; the provider edits, the reviewer decides. */
export function ApplicationDetailPage() {
  const { applicationId } = useParams({ strict: false }) as { applicationId?: string };
  const query = useApplication(applicationId);
  return (
    <QueryState query={query} what="application" backTo="/certification" backLabel="Back to applications">
      {(a) => <ApplicationView application={a} />}
    </QueryState>
  );
}

function ApplicationView({ application: a }: { application: Application }) {
  const { user } = useAuth();
  const isReviewer = user?.role === 'state-admin' || user?.role === 'aso-reviewer';
  const editable = user?.role === 'provider-staff' && (a.status === 'draft' || a.status === 'needs-info');
  const reviewing = isReviewer && a.status === 'submitted';
  const patch = useApplicationAction<Record<string, unknown>>(a.id, (body) => ({ method: 'PATCH', url: applicationPath(a.id), body }));
  const submit = useApplicationAction<void>(a.id, () => ({ method: 'POST', url: `${applicationPath(a.id)}/submit` }));
  const decideItem = useApplicationAction<{ itemId: string; status: string; note: string }>(a.id, ({ itemId, status, note }) =>
    ({ method: 'PUT', url: `${applicationPath(a.id)}/items/${itemId}`, body: { status, ...(note.trim() ? { note } : {}) } }));
  const error = patch.error ?? submit.error ?? decideItem.error;
  return (
    <>
      <PageHeader
        title={`${a.providerTypeName} — ${a.organizationName}`}
        crumbs={[{ label: 'Network' }, { label: 'Certification', to: '/certification' }, { label: a.id.slice(0, 8) }]}
        badges={<StatusBadge status={a.status} />}
        description={`${a.program}${a.applicationKinds.length ? ` · ${a.applicationKinds.join(', ')}` : ''}`}
        actions={<>
          {a.hasLetter && <Anchor href={`${applicationPath(a.id)}/letter.pdf`} target="_blank" data-testid="letter-link">Download decision letter (PDF)</Anchor>}
          {editable && <Button loading={submit.isPending} onClick={() => submit.mutate()}>{a.status === 'needs-info' ? 'Resubmit' : 'Submit application'}</Button>}
        </>}
      />
      {error && <ProblemAlert error={error} />}
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="lg">
          <Field label="Organization"><RouterAnchor to={`/organizations/${a.organizationId}`} size="sm">{a.organizationName}</RouterAnchor></Field>
          <Field label="Submitted">{a.submittedAt ? formatDate(a.submittedAt.slice(0, 10)) : 'not yet'}</Field>
          <Field label="Projected clients">{a.projectedClients ?? '—'}</Field>
          <Field label="Certification period" testId="certification-period">{a.certifiedFrom ? `${formatDate(a.certifiedFrom)} – ${formatDate(a.certifiedThrough)}` : '—'}</Field>
          {a.decidedBy && <Field label="Decided by">{a.decidedBy}</Field>}
          {a.decisionConditions.length > 0 && <Field label="Conditions">{a.decisionConditions.join('; ')}</Field>}
          {a.decisionReasons.length > 0 && <Field label="Reasons">{a.decisionReasons.join('; ')}</Field>}
        </SimpleGrid>
      </Paper>

      <Section title="Staff named for roles" testId="staff-section">
        <NamedStaffEditor application={a} editable={editable} busy={patch.isPending} onChange={(staff: NamedStaff[]) => patch.mutate({ staff })} />
      </Section>

      <Section title="Checklist" description="The policy pack's requirements and roles for this provider type; system findings come from the automatic checks at submission.">
        <Paper withBorder radius="md">
          <ApplicationItems items={a.items} mode={editable ? 'answer' : reviewing ? 'review' : 'read'} busy={patch.isPending || decideItem.isPending}
            onAnswer={(id, note) => patch.mutate({ items: [{ id, providerNote: note.trim() || null }] })}
            onDecide={(itemId, status, note) => decideItem.mutate({ itemId, status, note })} />
        </Paper>
      </Section>

      <Section title="Documents">
        <Documents application={a} editable={editable} />
      </Section>

      {reviewing && <Section title="Decision"><ReviewDecisionForm applicationId={a.id} /></Section>}

      <Section title="History">
        <Timeline bulletSize={12} lineWidth={2} data-testid="history">
          {a.events.map((e, i) => (
            <Timeline.Item key={i} title={humanize(e.action)}>
              <Text size="xs" c="dimmed">{new Date(e.at).toLocaleString()} · {e.actorName}</Text>
              {e.note && <Text size="sm">{e.note}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      </Section>
    </>
  );
}

function Documents({ application: a, editable }: { application: Application; editable: boolean }) {
  const [file, setFile] = useState<File | null>(null);
  const upload = useUploadDocument(a.id);
  return (
    <Stack gap="xs">
      {a.documents.length === 0 ? <Text size="sm" c="dimmed">No documents.</Text> : (
        <Table data-testid="documents">
          <Table.Tbody>
            {a.documents.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td><Anchor href={`${applicationPath(a.id)}/documents/${d.id}`} size="sm">{d.name}</Anchor></Table.Td>
                <Table.Td>{d.contentType}</Table.Td><Table.Td>{d.size.toLocaleString()} bytes</Table.Td>
                <Table.Td><Text size="xs" ff="monospace">{d.sha256.slice(0, 12)}…</Text></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editable && (
        <Group align="flex-end">
          <FileInput label="Document (at most 5 MB)" w={320} value={file} onChange={setFile} clearable />
          <Button disabled={!file} loading={upload.isPending} onClick={async () => {
            if (!file) return;
            const contentBase64 = await fileToBase64(file);
            upload.mutate({ name: file.name, contentType: file.type || 'application/octet-stream', contentBase64 }, { onSuccess: () => setFile(null) });
          }}>Upload</Button>
          {upload.isError && <ProblemAlert error={upload.error} />}
        </Group>
      )}
    </Stack>
  );
}
