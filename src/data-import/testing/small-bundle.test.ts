import { describe, expect, test } from 'vitest';
import { checkBundle } from '../check-bundle.js';
import { smallBundle } from './small-bundle.js';

describe('the small test bundle', () => {
  test('passes the folder checks, so tests start from valid data', () => {
    expect(checkBundle(smallBundle({ members: 6 }))).toEqual([]);
  });
});
