import { DataTable, type DataTableColumn } from 'mantine-datatable';

/** A small client-side table of a record's children (enrollments, sites, credentials…) with an empty state. */
export function DetailTable<T>({ label, records, columns, empty, idAccessor }: {
  label: string;
  records: T[] | undefined | null;
  columns: DataTableColumn<T>[];
  empty: string;
  idAccessor?: (record: T) => string;
}) {
  const rows = Array.isArray(records) ? records : [];
  return (
    <DataTable<T>
      aria-label={label}
      withTableBorder
      borderRadius="md"
      striped
      verticalAlign="top"
      records={rows}
      columns={columns}
      idAccessor={idAccessor ?? ((r) => String((r as { id?: unknown }).id ?? JSON.stringify(r)))}
      minHeight={rows.length ? undefined : 110}
      noRecordsText={empty}
    />
  );
}
