import { describe, expect, test } from 'vitest';
import { safeErrorForLog } from './logging.js';

describe('what an unexpected error may put in the logs', () => {
  test('a failed query keeps its SQLSTATE and constraint, never its parameters', () => {
    const cause = Object.assign(new Error('duplicate key'), { code: '23505', constraint: 'members_medicaid_id', table: 'members' });
    const err = Object.assign(new Error('Failed query: insert into members ... params: Jane,Doe,1980-01-01'), { cause });
    const logged = safeErrorForLog(err);
    expect(logged).toEqual({ name: 'DatabaseError', sqlstate: '23505', constraint: 'members_medicaid_id', table: 'members', routine: undefined });
    expect(JSON.stringify(logged)).not.toMatch(/Jane|1980/);
  });

  test('a programming error keeps its message and stack', () => {
    const logged = safeErrorForLog(new TypeError('x is undefined'));
    expect(logged).toMatchObject({ name: 'TypeError', message: 'x is undefined' });
  });
});
