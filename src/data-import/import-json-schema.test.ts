import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ImportFiles } from './bundle-schema.js';
import { importJsonSchema } from './import-json-schema.js';

describe('the published JSON Schema of the import format', () => {
  test('has a definition for every file', () => {
    const schema = importJsonSchema() as { properties: Record<string, unknown>; $defs: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(Object.keys(ImportFiles));
    expect(Object.keys(schema.$defs)).toEqual(['OrganizationRecord', 'SiteRecord', 'TeamRecord', 'StaffRecord', 'MemberRecord', 'PlanRecord', 'AuthorizationRecord']);
  });
  test('docs/import-format.schema.json is up to date (else run: npx tsx scripts/write-import-schema.ts)', () => {
    const published = readFileSync(fileURLToPath(new URL('../../docs/import-format.schema.json', import.meta.url)), 'utf8');
    expect(published).toBe(JSON.stringify(importJsonSchema(), null, 2) + '\n');
  });
});
