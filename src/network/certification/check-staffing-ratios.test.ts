import { describe, expect, test } from 'vitest';
import type { Rule } from '../../catalog/index.js';
import { checkStaffingRatios, type StaffingFacts } from './check-staffing-ratios.js';
import { aPerson } from './testing/a-person.js';

type OperatingStandard = Extract<Rule, { kind: 'operating-standard' }>;
const base = { kind: 'operating-standard', program: 'act', source: 'x.txt:L370', effective: { from: '2006-11-01' } } as const;
const ratio: OperatingStandard = { ...base, id: 'act-staff-ratio-1-to-10', metric: 'clients-per-staff-fte', op: '<=', value: 10, unit: 'clients', text: '1:10' } as OperatingStandard;
const psychiatrist: OperatingStandard = { ...base, id: 'act-psychiatrist-8-hours-per-25-clients', metric: 'psychiatrist-hours-per-week', op: '>=', value: 8, unit: 'hours per week', per: '25 ACT clients', text: '8 h / 25' } as OperatingStandard;

const facts = (projectedClients: number | null, named: StaffingFacts['named']): StaffingFacts =>
  ({ projectedClients, named, excludedRoles: new Set(['act-administrative-support', 'act-psychiatrist']), psychiatristRoles: new Set(['act-psychiatrist']) });
const staff = (roleId: string, fte: number, hoursPerWeek: number | null = null) => aPerson({ roleId, fte, hoursPerWeek });

describe('ACT staffing 1:10, excluding the clerk and the MD', () => {
  test.each([[40, 'met'], [41, 'not-met']])('%i clients for 4 FTE: %s', (clients, outcome) => {
    const named = [staff('act-team-leader', 1), staff('act-nurse', 1), staff('act-masters-clinician', 2), staff('act-administrative-support', 1), staff('act-psychiatrist', 0.3, 12)];
    const [finding] = checkStaffingRatios([ratio], facts(clients, named));
    expect(finding).toMatchObject({ outcome, rule: { id: 'act-staff-ratio-1-to-10' }, saw: { fte: 4 } });
  });
  test('no projected client count is for the reviewer', () => {
    expect(checkStaffingRatios([ratio], facts(null, []))[0]!.outcome).toBe('unknown');
  });
});

describe('psychiatrist 8 hours per week for every 25 clients', () => {
  test.each([[25, 8, 'met'], [26, 8, 'not-met'], [26, 16, 'met'], [50, 15.5, 'not-met']])('%i clients with %f hours: %s', (clients, hours, outcome) => {
    const [finding] = checkStaffingRatios([psychiatrist], facts(clients, [staff('act-psychiatrist', 0.2, hours)]));
    expect(finding).toMatchObject({ outcome, rule: { id: 'act-psychiatrist-8-hours-per-25-clients' } });
  });
});
