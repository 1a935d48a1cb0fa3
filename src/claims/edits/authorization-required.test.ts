import { describe, expect, test } from 'vitest';
import { authorizationRequired } from './authorization-required.js';
import { aContext, aLine, aMemberContext, anAuthorization } from './test-world.js';

const withAuth = (over: Parameters<typeof anAuthorization>[0]) => aMemberContext({ authorizations: [anAuthorization(over)] });

// authorization.yaml act-prior-authorization: ACT always needs prior authorization.
describe('authorization required', () => {
  test('an approved ACT authorization covering the date with units left pays and proposes its use', () => {
    const line = aLine();
    const ctx = aContext(line, withAuth({ from: '2025-03-03', to: '2025-03-03' }));
    expect(authorizationRequired.check(line, ctx)).toEqual([]);
    expect(ctx.proposal.authorizationId).toBe('A-ACT');
  });
  test('a partially approved authorization pays within the units granted; requested and denied ones pay nothing', () => {
    const line = aLine({ code: 'H0036', modifiers: ['U1'], units: 4, minutes: 60 });
    const partial = { service: 'cpst', status: 'partially-approved', units: 10, unitsUsed: 8 };
    expect(authorizationRequired.check(line, aContext(line, withAuth(partial)))).toMatchObject([{ outcome: 'reduce', reason: 'authorization-exhausted', payableUnits: 2 }]);
    expect(authorizationRequired.check(line, aContext(line, withAuth({ ...partial, unitsUsed: 0 })))).toEqual([]);
    for (const status of ['requested', 'denied']) {
      expect(authorizationRequired.check(line, aContext(line, withAuth({ ...partial, status })))).toMatchObject([{ outcome: 'deny', reason: 'authorization-missing' }]);
    }
  });
  test('no ACT authorization is authorization-missing', () => {
    const line = aLine();
    expect(authorizationRequired.check(line, aContext(line, aMemberContext({ authorizations: [] })))).toMatchObject([{ outcome: 'deny', reason: 'authorization-missing', rule: { id: 'act-prior-authorization' } }]);
  });
  test('the day after the authorization ends is authorization-expired', () => {
    const line = aLine({ serviceDate: '2026-01-01' });
    expect(authorizationRequired.check(line, aContext(line, withAuth({ to: '2025-12-31' })))).toMatchObject([{ reason: 'authorization-expired' }]);
  });
  test('an authorization for another provider is a mismatch', () => {
    const line = aLine();
    expect(authorizationRequired.check(line, aContext(line, withAuth({ organizationId: 'ORG-REHAB' })))).toMatchObject([{ reason: 'authorization-mismatch' }]);
  });
  test('the last unit pays; with none left the line is denied', () => {
    const line = aLine();
    expect(authorizationRequired.check(line, aContext(line, withAuth({ units: 10, unitsUsed: 9 })))).toEqual([]);
    expect(authorizationRequired.check(line, aContext(line, withAuth({ units: 10, unitsUsed: 10 })))).toMatchObject([{ outcome: 'deny', reason: 'authorization-exhausted' }]);
  });
  test('CPST beyond the balance is reduced to the units left', () => {
    const line = aLine({ code: 'H0036', modifiers: ['U1'], units: 4, minutes: 60 });
    const ctx = aContext(line, withAuth({ service: 'cpst', units: 10, unitsUsed: 8 }));
    expect(authorizationRequired.check(line, ctx)).toMatchObject([{ outcome: 'reduce', reason: 'authorization-exhausted', payableUnits: 2, rule: { id: 'cpst-prior-approval' } }]);
  });
  test('peer support needs no authorization', () => {
    const line = aLine({ code: 'H0038', modifiers: [] });
    expect(authorizationRequired.appliesTo(line, aContext(line))).toBe(false);
  });
});
