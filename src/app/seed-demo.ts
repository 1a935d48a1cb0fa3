import path from 'node:path';
import type { Config } from '../platform/config.js';
import type { Policy } from './load-policy.js';
import { seedDemoClaims } from '../claims/index.js';
import type { Database } from '../platform/db/index.js';
import type { Role } from '../platform/auth/caller.js';
import { SYSTEM_CALLER } from '../platform/auth/caller.js';
import { countUsers, upsertUser } from '../platform/auth/users-store.js';
import { generateProgram } from '../data-import/generate-program.js';
import { importBundle } from '../data-import/import-bundle.js';

/** Shared by every demo account; printed at start-up. Demo data only — never a real deployment's accounts. */
export const DEMO_PASSWORD = 'demo-password-2025';

export interface DemoAccount { role: Role; email: string; name: string; note?: string }

const STAFF_ACCOUNTS: DemoAccount[] = [
  { role: 'state-admin', email: 'admin@state.example', name: 'Sam Administrator' },
  { role: 'aso-reviewer', email: 'reviewer@aso.example', name: 'Rita Reviewer' },
  { role: 'care-manager', email: 'care@aso.example', name: 'Casey Caremanager' },
  { role: 'auditor', email: 'auditor@state.example', name: 'Avery Auditor' },
];

/**
 * On an empty database: generate the synthetic program (deterministic seed), import it, and create one account per
 * role plus a billing clerk for every provider organization. Returns the accounts to print either way.
 */
export async function seedDemoIfEmpty(database: Database, config: Pick<Config, 'demoMembers' | 'demoSeed' | 'policyDir' | 'demoAsOf' | 'demoProgram'>, policy?: Policy): Promise<{ seeded: boolean; accounts: DemoAccount[] }> {
  const seeded = (await countUsers(database.db)) === 0;
  if (seeded) {
    // The demo is dated around today, so eligibility, certifications and authorizations are current when it is shown.
    const asOf = config.demoAsOf ?? policy?.today() ?? new Date().toISOString().slice(0, 10);
    const program = config.demoProgram ?? policy?.defaultProgram;
    if (!program || (policy && !policy.catalogs.get(program))) throw new Error(`No policy pack to generate the demo for (DEMO_PROGRAM=${config.demoProgram ?? ''}).`);
    console.log(`First start: loading the demo program (${config.demoMembers} members, seed ${config.demoSeed}, as of ${asOf})…`);
    const packDir = path.join(config.policyDir, program);
    const bundle = generateProgram({ members: config.demoMembers, seed: config.demoSeed, packDir, asOf });
    const imported = await importBundle(database, SYSTEM_CALLER, bundle, policy?.known);
    if (!imported.ok) {
      const errors = (imported.problem.errors ?? []).slice(0, 20).map((e) => `  ${e.path}: ${e.message}`).join('\n');
      throw new Error(`The demo data did not import: ${imported.problem.title}\n${errors}`);
    }
    for (const account of STAFF_ACCOUNTS) await upsertUser(database.db, { ...account, password: DEMO_PASSWORD });
    const orgs = await database.query<{ id: string; slug: string; name: string }>('select id, slug, name from organizations order by name');
    for (const org of orgs) {
      await upsertUser(database.db, {
        role: 'provider-staff', email: `billing@${org.slug}.example`, name: `${org.name} billing`,
        organizationId: org.id, password: DEMO_PASSWORD,
      });
    }
    if (policy) {
      const claims = await seedDemoClaims(database, { catalogs: policy.catalogs, program, asOf });
      const lines = Object.entries(claims.lines).map(([status, n]) => `${n} ${status}`).join(', ');
      console.log(`Demo claims: ${claims.claims} submitted through the pipeline (lines: ${lines}), ${claims.remittances} remittance(s) in the first payment cycle.`);
    }
  }
  const providers = await database.query<{ email: string; name: string; n: string }>(
    `select email, name, count(*) over () as n from users where role = 'provider-staff' and email like 'billing@%.example' order by email limit 1`);
  const accounts = [...STAFF_ACCOUNTS];
  if (providers[0]) {
    accounts.push({ role: 'provider-staff', email: providers[0].email, name: providers[0].name,
      note: `one billing@<organization>.example per organization, ${providers[0].n} in all` });
  }
  return { seeded, accounts };
}

