import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { migrate, type Database } from './index.js';
import { testDatabases } from '../testing/test-databases.js';

describe.each(testDatabases())('migrations on $kind', ({ open }) => {
  let database: Database;
  beforeAll(async () => { database = await open(); });
  afterAll(async () => { await database?.close(); });

  test('a second run applies nothing', async () => {
    expect(await migrate(database)).toEqual([]);
  });

  test('the audit log refuses updates and deletes', async () => {
    await database.query(`insert into audit_events (actor_role, action, entity) values ('system', 'create', 'test')`);
    await expect(database.query(`update audit_events set action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(database.query(`delete from audit_events`)).rejects.toThrow(/append-only/);
  });
});
