/** Paths pino removes from logs: credentials, cookies and anything that could carry PHI. */
export const logRedaction = {
  paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', 'body', 'req.body', '*.password', '*.birthDate', '*.firstName', '*.lastName'],
  remove: true,
};

/**
 * What of an unexpected error may be logged. Database errors carry the failed query's parameters (member data) in
 * their message, so for those only the SQLSTATE, constraint and table are kept.
 */
export function safeErrorForLog(error: unknown): Record<string, unknown> {
  const err = error as { name?: string; message?: string; stack?: string; code?: string; cause?: unknown };
  const cause = (err?.cause ?? err) as { code?: string; constraint?: string; table?: string; routine?: string };
  const isQuery = /failed query|params:/i.test(err?.message ?? '') || (typeof cause?.code === 'string' && /^[0-9A-Z]{5}$/.test(cause.code));
  if (isQuery) {
    return { name: 'DatabaseError', sqlstate: cause.code, constraint: cause.constraint, table: cause.table, routine: cause.routine };
  }
  return { name: err?.name, message: err?.message, code: err?.code, stack: err?.stack?.split('\n').slice(0, 8).join('\n') };
}
