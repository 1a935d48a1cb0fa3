import { Button, Group, NumberInput, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useOwnStaff, type Application, type NamedStaff } from './api.ts';

/** Staff named for the provider type's roles; adding or removing one sends the whole list. */
export function NamedStaffEditor({ application, editable, onChange, busy }: {
  application: Application; editable: boolean; onChange: (staff: NamedStaff[]) => void; busy?: boolean;
}) {
  const staff = useOwnStaff(editable ? application.organizationId : undefined);
  const [roleId, setRoleId] = useState<string | null>(null);
  const [staffId, setStaffId] = useState<string | null>(null);
  const [fte, setFte] = useState<number | string>(1);
  const [hours, setHours] = useState<number | string>('');
  const list = application.staff.map(({ roleId: r, staffId: s, fte: f, hoursPerWeek: h }) => ({ roleId: r, staffId: s, fte: f ?? null, hoursPerWeek: h ?? null }));
  const roleName = (id: string) => application.roles.find((r) => r.id === id)?.name ?? id;
  return (
    <>
      {application.staff.length === 0 ? <Text size="sm" c="dimmed">No staff named yet.</Text> : (
        <Table data-testid="named-staff">
          <Table.Thead><Table.Tr><Table.Th>Role</Table.Th><Table.Th>Staff member</Table.Th><Table.Th>FTE</Table.Th><Table.Th>Hours/week</Table.Th>{editable && <Table.Th />}</Table.Tr></Table.Thead>
          <Table.Tbody>
            {application.staff.map((s, i) => (
              <Table.Tr key={`${s.roleId}-${s.staffId}`}>
                <Table.Td>{roleName(s.roleId)}</Table.Td><Table.Td>{s.name}</Table.Td><Table.Td>{s.fte ?? '—'}</Table.Td><Table.Td>{s.hoursPerWeek ?? '—'}</Table.Td>
                {editable && <Table.Td><Button size="xs" variant="subtle" color="red" onClick={() => onChange(list.filter((_, j) => j !== i))}>Remove</Button></Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editable && (
        <Group align="flex-end" mt="xs">
          <Select label="Role" w={260} value={roleId} onChange={setRoleId} data={application.roles.map((r) => ({ value: r.id, label: `${r.name}${r.required ? '' : ' (optional)'}` }))} />
          <Select label="Staff member" w={240} searchable value={staffId} onChange={setStaffId}
            data={(staff.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.firstName} ${s.lastName} (${s.role})` }))} />
          <NumberInput label="FTE" w={90} min={0} max={10} step={0.1} decimalScale={2} value={fte} onChange={setFte} />
          <NumberInput label="Hours/week" w={110} min={0} max={168} value={hours} onChange={setHours} />
          <Button disabled={!roleId || !staffId} loading={busy} onClick={() => {
            onChange([...list, { roleId: roleId!, staffId: staffId!, fte: typeof fte === 'number' ? fte : null, hoursPerWeek: typeof hours === 'number' ? hours : null }]);
            setStaffId(null);
          }}>Name staff</Button>
        </Group>
      )}
    </>
  );
}
