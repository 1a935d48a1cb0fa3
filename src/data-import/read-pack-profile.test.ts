import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDemoProfile } from './read-demo-profile.js';
import { readPackProfile } from './read-pack-profile.js';
import { defaultPackDir } from './stream-program.js';

const base = readDemoProfile(defaultPackDir)!;

describe('what the pack states overrides the demo profile', () => {
  test('limits needing their own approval come from limits.yaml, in a plan line\'s terms', () => {
    const profile = readPackProfile(defaultPackDir, base);
    expect(profile.approvalLimits).toContainEqual({ limit: 'community-transition-1800-dollars-per-transition', services: ['community-transition'], dollars: 1800 });
    // 20 hours a year of 15-minute Benefits Counseling units.
    expect(profile.approvalLimits.find((l) => l.services.includes('benefits-counseling'))?.unitsPerYear).toEqual({ 'H2014-SE': 80 });
    // A limit the pack simply denies beyond (Financial Coaching Plus) needs no approval of its own.
    expect(profile.approvalLimits.some((l) => l.services.includes('financial-coaching-plus'))).toBe(false);
  });

  test('provider types carry their re-verification cycle', () => {
    const cycles = new Set(readPackProfile(defaultPackDir, base).providerTypes.map((t) => t.verifyEveryMonths));
    expect(cycles).toContain(6);
    expect(cycles).toContain(12);
  });

  test('a small pack: its own id, provider types and limits; the profile fills the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-profile-'));
    try {
      writeFileSync(join(dir, 'pack.yaml'), 'id: small\n');
      writeFileSync(join(dir, 'provider-types.yaml'), '- { id: shop, name: Shop, services: [cpst], verification: { everyMonths: 24 } }\n');
      writeFileSync(join(dir, 'units.yaml'), '- { id: u.hour, kind: hour }\n');
      writeFileSync(join(dir, 'codes.yaml'), '- { id: X1, service: cpst, unit: u.hour }\n');
      writeFileSync(join(dir, 'limits.yaml'), '- { id: l, appliesTo: { services: [cpst] }, period: calendar-year, measure: hours, max: 10, per: member, beyond: prior-authorization }\n');
      const profile = readPackProfile(dir, base);
      expect(profile.program).toBe('small');
      expect(profile.providerTypes).toEqual([{ id: 'shop', name: 'Shop', services: ['cpst'], verifyEveryMonths: 24 }]);
      expect(profile.approvalLimits).toEqual([{ limit: 'l', services: ['cpst'], unitsPerYear: { X1: 10 } }]);
      expect(profile.counties).toBe(base.counties);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
