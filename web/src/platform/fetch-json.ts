/** A field error in a problem: where (`lines.0.units`) and what is wrong. */
export interface FieldError { path: string; message: string }

/** The server's `application/problem+json` body (RFC 9457), with OpenHCBS's `errors` extension. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/** A failed request: carries the server's problem so pages can show its title and field errors. */
export class ProblemError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ProblemError';
    this.problem = problem;
  }
  get status(): number { return this.problem.status; }
  get isNotFound(): boolean { return this.problem.status === 404; }
  get isUnauthenticated(): boolean { return this.problem.status === 401; }
}

/** True when `error` is a ProblemError with this HTTP status. */
export const isProblem = (error: unknown, status?: number): error is ProblemError =>
  error instanceof ProblemError && (status === undefined || error.status === status);

/** Query string from defined, non-empty values: `{ q: '', page: 2 }` → `?page=2`. */
export function toQuery(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export interface FetchJsonInit extends Omit<RequestInit, 'body'> { body?: unknown }

/**
 * Calls the API with the session cookie and returns the parsed JSON body. A non-2xx answer throws a
 * ProblemError carrying the server's problem (or one made from the status when the body is not a problem).
 */
export async function fetchJson<T>(path: string, init: FetchJsonInit = {}): Promise<T> {
  const { body, headers, ...rest } = init;
  let response: Response;
  try {
    response = await fetch(path, {
      credentials: 'same-origin',
      ...rest,
      headers: {
        Accept: 'application/json, application/problem+json',
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ProblemError({
      type: 'about:blank', title: 'Cannot reach the server', status: 0,
      detail: cause instanceof Error ? cause.message : 'The network request failed.',
    });
  }
  const contentType = response.headers.get('content-type') ?? '';
  const isJson = /[/+]json\b/.test(contentType);
  const payload: unknown = response.status === 204 ? undefined : isJson ? await response.json().catch(() => undefined) : await response.text().catch(() => undefined);
  if (!response.ok) throw new ProblemError(toProblem(response, payload));
  return payload as T;
}

function toProblem(response: Response, payload: unknown): Problem {
  if (payload && typeof payload === 'object' && 'title' in payload) {
    const p = payload as Partial<Problem>;
    return { ...p, type: p.type ?? 'about:blank', title: String(p.title), status: typeof p.status === 'number' ? p.status : response.status };
  }
  // Fastify's default error shape ({ statusCode, error, message }) and plain-text bodies.
  if (payload && typeof payload === 'object' && 'message' in payload) {
    const p = payload as { error?: string; message?: string };
    return { type: 'about:blank', title: p.error ?? (response.statusText || 'Request failed'), status: response.status, detail: p.message };
  }
  return {
    type: 'about:blank',
    title: response.statusText || `Request failed (${response.status})`,
    status: response.status,
    detail: typeof payload === 'string' && payload.length > 0 && payload.length < 500 ? payload : undefined,
  };
}
