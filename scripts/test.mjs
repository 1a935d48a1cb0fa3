#!/usr/bin/env node
// npm test: every runner — vitest (unit + integration on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set)
// then Playwright in Debian's Chromium — and one closing line "N passed, N failed" over all of them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status;
const readJson = (file) => { try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return null; } };

let passed = 0;
let failed = 0;

if (!process.env.TEST_DATABASE_URL) {
  console.log('Integration tests run on embedded PGlite only; set TEST_DATABASE_URL=postgres://… to run them on PostgreSQL too.');
}
const vitestFile = path.join(results, 'vitest.json');
fs.rmSync(vitestFile, { force: true });
const vitestStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestFile}`]);
const vitest = readJson(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitest.numRuntimeErrorTestSuites ?? 0);
} else if (vitestStatus !== 0) failed += 1;
if (vitest && vitestStatus !== 0 && vitest.numFailedTests === 0) failed += 1; // a crash outside any test

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (process.argv.includes('--no-browser')) {
  console.log('Browser tests not run (--no-browser).');
} else if (!fs.existsSync(chromium)) {
  console.error(`Browser tests need Chromium at ${chromium}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`);
  failed += 1;
} else {
  const e2eFile = path.join(results, 'e2e.json');
  fs.rmSync(e2eFile, { force: true });
  const status = run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eFile });
  const e2e = readJson(e2eFile);
  if (e2e?.stats) {
    passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected;
    if (status !== 0 && e2e.stats.unexpected === 0) failed += 1;
  } else if (status !== 0) failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
