import { describe, expect, test } from 'vitest';
import { memberTouchLevel, ruleConditionSetting, touchLevelOfCode } from './member-settings.js';
import { aMember, aMemberContext, anAuthorization, catalog } from './test-world.js';

describe('the member setting from the pack (touch-levels.yaml detect)', () => {
  test('every T2022 code names its touch level', () => {
    expect(['T2022-TG', 'T2022-HT-TG', 'T2022-TF', 'T2022-HT-TF', 'T2022', 'T2022-HT'].map((id) => touchLevelOfCode(catalog, id)?.id))
      .toEqual(['high', 'high', 'medium', 'medium', 'low', 'low']);
    expect(touchLevelOfCode(catalog, 'H0036')).toBeUndefined();
  });
  test('every conditionOf names a rule of the pack that has a `when`', () => {
    const named = catalog.pack.touchLevels.flatMap((l) => (l.detect ?? []).flatMap((d) => d.conditionOf ?? []));
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) expect(catalog.pack.rules.find((r) => r.id === id), id).toMatchObject({ when: expect.any(String) });
  });
  test('the first priority that finds a setting decides; one that finds only residential without a tier is unknown', () => {
    const residential = (code: string | null) => ({ service: 'residential', organizationId: 'ORG-REHAB', code, status: 'active', from: '2025-01-01', to: null });
    const noTeam = aMember({ enrollments: [] });
    const ctx = (planLines: ReturnType<typeof residential>[]) => aMemberContext({ member: { ...noTeam, planLines }, authorizations: [] });
    expect(memberTouchLevel(catalog, ctx([residential('T2033-HK'), residential('T2033-TF')]), '2025-03-03')).toMatchObject({
      known: true, level: { id: 'high' }, settings: ['residential-tier-2', 'residential-tier-4', 'residential-tier-4-supervised-apartment'],
    });
    expect(memberTouchLevel(catalog, ctx([residential(null)]), '2025-03-03')).toEqual({ known: false, unknownService: 'residential' });
    expect(memberTouchLevel(catalog, aMemberContext({ authorizations: [anAuthorization({ service: 'residential', code: null })] }), '2025-03-03'))
      .toMatchObject({ known: true, level: { id: 'low' } });
  });
  test('a rule the pack gives no condition for is undefined; one whose setting does not hold is null', () => {
    const ctx = aMemberContext();
    expect(ruleConditionSetting(catalog, ctx, 'nmt-not-with-residential-act-icm', '2025-03-03')).toBeUndefined();
    expect(ruleConditionSetting(catalog, ctx, 'tier-4-supervised-apartment-requires-act-or-icm', '2025-03-03')).toBeNull();
  });
});
