import type { KnownIds } from '../data-import/check-references.js';
import type { AuthorizationRequest } from './types.js';

export type PolicyIds = Pick<KnownIds, 'programs' | 'services' | 'limits'>;

/**
 * The policy ids an authorization request names, checked against the loaded packs: its program, its service and
 * the limit it would lift (`beyondLimit`). An unknown id would otherwise sit on an authorization no claim can use.
 */
export function checkAuthorizationIds(input: Pick<AuthorizationRequest, 'program' | 'service' | 'beyondLimit'>, known: PolicyIds): Array<{ path: string; message: string }> {
  const errors: Array<{ path: string; message: string }> = [];
  const check = (path: string, value: string | null | undefined, ids: readonly string[], what: string) => {
    if (value && !ids.includes(value)) errors.push({ path, message: `Unknown ${what} "${value}"` });
  };
  check('program', input.program, known.programs, 'program');
  check('service', input.service, known.services, 'service');
  check('beyondLimit', input.beyondLimit, known.limits, 'limit');
  return errors;
}
