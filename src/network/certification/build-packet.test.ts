import { describe, expect, test } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogs, loadPacks } from '../../catalog/index.js';
import { applicationKindsOf, buildPacket } from './build-packet.js';

const policyDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../policy');
const loaded = await loadPacks(policyDir);
if (!loaded.ok) throw new Error('packs do not load');
const ct = buildCatalogs(loaded.value).get('ct-mro')!;

describe('the application packet of a provider type', () => {
  const specialty = ct.providerType('specialty-provider')!;
  test('non-accredited Appendix B items appear only for a non-accredited applicant', () => {
    const ids = (kinds: string[]) => buildPacket(specialty, kinds).map((i) => i.requirementId);
    expect(ids([])).not.toContain('appendix-b-credentialing');
    expect(ids(['not accredited'])).toContain('appendix-b-credentialing');
  });
  test('interim certification asks for the written plan per standard', () => {
    expect(buildPacket(specialty, ['interim certification']).map((i) => i.requirementId)).toContain('interim-plans');
  });
  test('each role is an item with its alternative paths', () => {
    const leader = buildPacket(specialty, []).find((i) => i.itemKind === 'role' && i.requirementId === 'cst-team-leader')!;
    expect(leader.text).toContain(' OR ');
  });
  test('the kinds an applicant may declare come from the requirements', () => {
    expect(applicationKindsOf(specialty).sort()).toEqual(['interim certification', 'not accredited']);
  });
});
