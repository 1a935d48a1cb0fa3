import { describe, expect, test } from 'vitest';
import { slugify } from './slugify.js';

describe('organization slugs', () => {
  test.each([
    ["St. Mary's Recovery, Inc.", 'st-marys-recovery-inc'],
    ['Café Ñandú Services', 'cafe-nandu-services'],
    ['  --Alpha--  ', 'alpha'],
    ['!!!', 'organization'],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));

  test('a slug fits the database rule and stays short', () => {
    const slug = slugify('A'.repeat(50) + ' ' + 'B'.repeat(50));
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slug.length).toBeLessThanOrEqual(60);
  });
});
