import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DEMO_PROFILE, defaultDemoPackDir, loadProgramProfile, readDemoProfile } from './read-demo-profile.js';
import { defaultPackDir } from './stream-program.js';

const dirs: string[] = [];
const tempDir = () => { const d = mkdtempSync(join(tmpdir(), 'demo-profile-')); dirs.push(d); return d; };
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe('demo profile', () => {
  test('the repository pack with a demo profile is the default, and its profile validates', () => {
    expect(defaultDemoPackDir()).toBe(defaultPackDir);
    const profile = readDemoProfile(defaultPackDir)!;
    expect(profile.counties.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 6);
    expect(profile.places.streets.length).toBeGreaterThan(10);
    expect(Object.keys(profile.lines).length).toBeGreaterThan(5);
  });

  test('a pack without a demo profile borrows the default pack\'s place, under its own program id', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'pack.yaml'), 'id: other-program\n');
    expect(readDemoProfile(dir)).toBeUndefined();
    const profile = loadProgramProfile(dir);
    expect(profile.program).toBe('other-program');
    expect(profile.counties).toEqual(readDemoProfile(defaultPackDir)!.counties);
  });

  test('the first pack folder (by name) with a demo profile is the default', () => {
    const root = tempDir();
    mkdirSync(join(root, 'a-pack'));
    writeFileSync(join(root, 'a-pack', 'pack.yaml'), 'id: a-pack\n');
    for (const name of ['b-pack', 'c-pack']) cpSync(join(defaultPackDir, 'demo'), join(root, name, 'demo'), { recursive: true });
    expect(defaultDemoPackDir(root)).toBe(join(root, 'b-pack'));
    expect(defaultDemoPackDir(join(root, 'missing'))).toBeUndefined();
  });

  test('a malformed profile stops generation and names the file and the field', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'demo'));
    const text = readFileSync(join(defaultPackDir, DEMO_PROFILE), 'utf8').replace('areaCode: "302"', 'areaCode: "3020"');
    writeFileSync(join(dir, DEMO_PROFILE), text);
    expect(() => readDemoProfile(dir)).toThrow(/profile\.yaml.*areaCode/);
    writeFileSync(join(dir, DEMO_PROFILE), 'counties: [');
    expect(() => readDemoProfile(dir)).toThrow(/cannot read the demo profile/);
  });
});
