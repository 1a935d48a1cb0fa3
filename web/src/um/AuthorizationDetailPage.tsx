import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useAuthorization, type Authorization } from './api.ts';
import { UnitsUsed } from '../platform/UnitsUsed.tsx';
import { ExtraFields, Field } from '../platform/ExtraFields.tsx';
import { formatDate, humanize } from '../platform/format.ts';
import { PageHeader } from '../platform/PageHeader.tsx';
import { RouterAnchor } from '../platform/RouterAnchor.tsx';
import { QueryState } from '../platform/States.tsx';
import { StatusBadge } from '../platform/StatusBadge.tsx';

/** One authorization: member, provider, service and code, units used, span, status and mode. */
export function AuthorizationDetailPage() {
  const { authorizationId } = useParams({ strict: false }) as { authorizationId?: string };
  const query = useAuthorization(authorizationId);
  return (
    <QueryState query={query} what="authorization" backTo="/authorizations" backLabel="Back to authorizations">
      {(a) => <AuthorizationView authorization={a} />}
    </QueryState>
  );
}

function AuthorizationView({ authorization: a }: { authorization: Authorization }) {
  const title = `${a.serviceName ?? humanize(a.service)}${a.memberName ? ` for ${a.memberName}` : ''}`;
  return (
    <>
      <PageHeader
        title={title}
        crumbs={[{ label: 'Utilization management' }, { label: 'Authorizations', to: '/authorizations' }, { label: a.ref ?? a.id }]}
        badges={<StatusBadge status={a.status} />}
        description={a.mode ? humanize(a.mode) : undefined}
      />
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="lg">
          <Field label="Member">{a.memberId ? <RouterAnchor to={`/members/${a.memberId}`} size="sm">{a.memberName ?? a.memberId}</RouterAnchor> : (a.memberName ?? '—')}</Field>
          <Field label="Provider">{a.organizationId ? <RouterAnchor to={`/organizations/${a.organizationId}`} size="sm">{a.organizationName ?? a.organizationId}</RouterAnchor> : (a.organizationName ?? '—')}</Field>
          <Field label="Service">{a.serviceName ?? humanize(a.service)}</Field>
          <Field label="Code"><Text size="sm" ff="monospace">{a.code ?? '—'}</Text></Field>
          <Field label="From">{formatDate(a.from)}</Field>
          <Field label="To">{a.to ? formatDate(a.to) : 'open'}</Field>
          <Field label="Mode">{humanize(a.mode)}</Field>
          <Field label="Units used"><UnitsUsed used={a.unitsUsed} units={a.units} /></Field>
          <Field label="Program">{a.program ?? '—'}</Field>
          <Field label="Decided on">{formatDate(a.decidedOn)}</Field>
          <Field label="Reference"><Text size="sm" ff="monospace">{a.ref ?? a.id}</Text></Field>
        </SimpleGrid>
        <ExtraFields record={a} known={['id', 'ref', 'program', 'decidedOn', 'memberId', 'memberName', 'organizationId', 'organizationName', 'service', 'serviceName', 'code', 'units', 'unitsUsed', 'from', 'to', 'status', 'mode']} />
      </Paper>
    </>
  );
}
