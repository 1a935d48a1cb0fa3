/** The rows of a `db.execute` result, the same on PGlite and node-postgres. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const rowsOf = (result: unknown): Record<string, any>[] => (result as { rows: Record<string, any>[] }).rows;
