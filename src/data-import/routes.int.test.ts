import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../platform/db/index.js';
import { testDatabases } from '../platform/testing/test-databases.js';
import { buildCoreTestApp, signInTo } from './testing/core-test-app.js';
import { smallBundle } from './testing/small-bundle.js';

describe.each(testDatabases())('POST /import on $kind', ({ open }) => {
  let database: Database;
  let app: FastifyInstance;
  let admin: string;
  beforeAll(async () => {
    database = await open();
    app = await buildCoreTestApp(database);
    admin = await signInTo(app, database, { role: 'state-admin' });
  });
  afterAll(async () => { await app?.close(); await database?.close(); });
  const post = (payload: unknown, cookie = admin) => app.inject({ method: 'POST', url: '/api/v1/import', headers: { cookie }, payload: payload as object });
  const memberCount = async () => Number((await database.query<{ n: string }>('select count(*) as n from members'))[0]!.n);

  test('bad records are listed by file, record and field like the CLI, and nothing is written', async () => {
    const bundle = JSON.parse(JSON.stringify(smallBundle({ members: 3 })));
    bundle.members[1].birthDate = '17/05/1980';
    bundle.members[2].favouriteColour = 'blue';
    delete bundle.sites[0].county;
    const res = await post(bundle);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { message: string }) => e.message)).toEqual([
      'sites.json: record 0 (ref SITE-A1): county: Required: expected string',
      'members.json: record 1 (ref M-2): birthDate: Expected a date YYYY-MM-DD',
      'members.json: record 2 (ref M-3): favouriteColour: Unknown field: not part of the import format',
    ]);
    expect(res.json().errors[1]).toMatchObject({ path: 'members.1.birthDate', file: 'members.json', index: 1, ref: 'M-2', field: 'birthDate' });
    expect(await memberCount()).toBe(0);
  });

  test('a valid body imports with counts; sending it again updates', async () => {
    const first = await post(smallBundle({ members: 3 }));
    expect(first.statusCode).toBe(200);
    expect(first.json().counts).toMatchObject({ organizations: { created: 2, updated: 0 }, members: { created: 3, updated: 0 } });
    const again = await post(smallBundle({ members: 3 }));
    expect(again.json().counts.members).toEqual({ created: 0, updated: 3 });
    const partial = await post({ members: [{ ...smallBundle({ members: 1 }).members[0], firstName: 'Renamed' }] });
    expect(partial.json().counts.members).toEqual({ created: 0, updated: 1 });
    expect(await memberCount()).toBe(3);
  });

  test('only state and ASO staff import; unknown files are refused', async () => {
    const provider = await signInTo(app, database, { role: 'care-manager' });
    expect((await post({ members: [] }, provider)).statusCode).toBe(403);
    const res = await post({ claims: [] });
    expect(res.statusCode).toBe(400);
  });
});
