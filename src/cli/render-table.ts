/** A plain-text table for terminals: columns padded, long cells cut with an ellipsis. */
export function renderTable(headers: string[], rows: string[][], opts: { maxWidths?: number[]; indent?: number; align?: Array<'left' | 'right'> } = {}): string {
  const cut = (s: string, i: number) => {
    const max = opts.maxWidths?.[i];
    const flat = s.replace(/\s+/g, ' ');
    return max && flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  };
  const cells = [headers, ...rows].map((r) => r.map(cut));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const pad = ' '.repeat(opts.indent ?? 0);
  const line = (r: string[]) => pad + r.map((c, i) => (opts.align?.[i] === 'right' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(cells[0]!), pad + widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
