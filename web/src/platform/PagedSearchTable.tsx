import { Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import type { UseQueryResult } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import { useEffect, useState, type ReactNode } from 'react';
import type { Paged } from './paged-list.ts';
import { ProblemAlert } from './ProblemAlert.tsx';

/**
 * A server-paged, searchable list: search box, table, pager, empty and error states. Rows open their detail
 * page (`rowHref`); put a link in the first column too so the row is reachable by keyboard.
 */
export function PagedSearchTable<T extends { id?: string | number }>({
  label, query, columns, q, page, onSearch, onPageChange, rowHref, searchPlaceholder, emptyText, filters,
}: {
  label: string;
  query: UseQueryResult<Paged<T>, Error>;
  columns: DataTableColumn<T>[];
  q: string;
  page: number;
  onSearch: (q: string) => void;
  onPageChange: (page: number) => void;
  rowHref?: (record: T) => string;
  searchPlaceholder?: string;
  emptyText?: string;
  filters?: ReactNode;
}) {
  const navigate = useNavigate();
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const search = useDebouncedCallback((value: string) => onSearch(value.trim()), 300);
  const data = query.data;
  const total = data?.total ?? 0;

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <TextInput
          label={`Search ${label.toLowerCase()}`}
          placeholder={searchPlaceholder ?? 'Search'}
          value={text}
          onChange={(e) => { setText(e.currentTarget.value); search(e.currentTarget.value); }}
          onKeyDown={(e) => { if (e.key === 'Enter') onSearch(text.trim()); }}
          w={360}
          type="search"
        />
        {filters}
        <Text size="sm" c="dimmed" ml="auto" data-testid="result-count">
          {data ? `${total.toLocaleString('en-US')} ${total === 1 ? 'result' : 'results'}` : ''}
        </Text>
      </Group>
      {query.isError && <ProblemAlert error={query.error} />}
      <DataTable<T>
        aria-label={label}
        withTableBorder
        borderRadius="md"
        striped
        highlightOnHover
        minHeight={data && data.items.length > 0 ? undefined : 180}
        records={data?.items ?? []}
        columns={columns}
        idAccessor={(r) => String(r.id ?? JSON.stringify(r))}
        fetching={query.isFetching}
        totalRecords={total}
        recordsPerPage={data?.pageSize ?? 25}
        page={page}
        onPageChange={onPageChange}
        noRecordsText={query.isError ? 'Could not load the list' : q ? `No ${label.toLowerCase()} match “${q}”` : (emptyText ?? `No ${label.toLowerCase()} yet`)}
        paginationText={({ from, to, totalRecords }) => `${from}–${to} of ${totalRecords}`}
        onRowClick={rowHref ? ({ record, event }) => {
          // Let links inside the row (and modifier-clicks) behave as links.
          if ((event.target as HTMLElement).closest('a')) return;
          void navigate({ to: rowHref(record) });
        } : undefined}
        verticalAlign="top"
      />
    </Stack>
  );
}
