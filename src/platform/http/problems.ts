/**
 * Every error a client can get, as RFC 9457 `application/problem+json`. Each `type` has a page under
 * docs/problems/ saying what it means and how to fix it.
 */
export interface FieldError { path: string; message: string }
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

export const problems = {
  validation: (errors: FieldError[], detail?: string): Problem =>
    ({ type: '/problems/validation', title: 'Request is not valid', status: 400, detail, errors }),
  unauthorized: (detail = 'Sign in to continue.'): Problem =>
    ({ type: '/problems/unauthorized', title: 'Not signed in', status: 401, detail }),
  badCredentials: (): Problem =>
    ({ type: '/problems/bad-credentials', title: 'Email or password is not correct', status: 401 }),
  forbidden: (detail = 'Your role does not allow this action.'): Problem =>
    ({ type: '/problems/forbidden', title: 'Not allowed', status: 403, detail }),
  /** Also what another organization's record looks like: its existence is not disclosed. */
  notFound: (entity: string, id?: string): Problem =>
    ({ type: '/problems/not-found', title: `${entity} not found`, status: 404,
       detail: id ? `No ${entity.toLowerCase()} ${id} is available to you.` : undefined }),
  conflict: (detail: string): Problem => ({ type: '/problems/conflict', title: 'Conflicts with existing data', status: 409, detail }),
  unprocessable: (title: string, detail?: string, extra: Record<string, unknown> = {}): Problem =>
    ({ type: '/problems/unprocessable', title, status: 422, detail, ...extra }),
  internal: (): Problem => ({ type: '/problems/internal', title: 'Something went wrong on our side', status: 500 }),
};

/** Use cases return this instead of throwing for expected failures. */
export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(problem: Problem): Result<T> => ({ ok: false, problem });
