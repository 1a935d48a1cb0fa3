import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Database } from '../../platform/db/index.js';
import { testDatabases } from '../../platform/testing/test-databases.js';
import { writeBundle } from '../../data-import/write-bundle.js';
import { smallBundle } from '../../data-import/testing/small-bundle.js';
import { registerImport } from './import.js';

describe.each(testDatabases())('openhcbs import on $kind', ({ open }) => {
  let database: Database;
  let dir: string;
  beforeAll(async () => {
    database = await open();
    dir = await mkdtemp(join(tmpdir(), 'openhcbs-import-'));
  });
  afterAll(async () => { await database?.close(); await rm(dir, { recursive: true, force: true }); });
  afterEach(() => { vi.restoreAllMocks(); process.exitCode = undefined; });

  async function run(folder: string): Promise<{ out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...a) => { out.push(a.join(' ')); });
    vi.spyOn(console, 'error').mockImplementation((...a) => { err.push(a.join(' ')); });
    const program = new Command('openhcbs').exitOverride();
    // The command closes what it opens; the test keeps its database open to look at it.
    registerImport(program, async () => ({ ...database, close: async () => {} }));
    await program.parseAsync(['node', 'openhcbs', 'import', folder]);
    return { out: out.join('\n'), err: err.join('\n') };
  }

  test('a folder with errors lists them by file, record and field, exits 1 and writes nothing', async () => {
    await writeBundle(dir, smallBundle({ members: 3 }));
    const members = JSON.parse(await readFile(join(dir, 'members.json'), 'utf8'));
    members[1].birthDate = 'yesterday';
    await writeFile(join(dir, 'members.json'), JSON.stringify(members));
    const { err } = await run(dir);
    expect(err).toContain('members.json: record 1 (ref M-2): birthDate:');
    expect(err).toMatch(/1 error\. The folder has errors; nothing was imported\./);
    expect(process.exitCode).toBe(1);
    expect(await database.query('select count(*)::int as n from members')).toEqual([{ n: 0 }]);
  });

  test('a good folder imports and prints a table of counts', async () => {
    await writeBundle(dir, smallBundle({ members: 3 }));
    const { out } = await run(dir);
    expect(out).toMatch(/file\s+created\s+updated/);
    expect(out).toMatch(/members\s+3\s+0/);
    expect(process.exitCode).toBeUndefined();
    expect((await run(dir)).out).toMatch(/members\s+0\s+3/);
  });
});
