#!/usr/bin/env node
// The server browser tests run against: the real product on a fresh, throw-away PGlite database with demo data.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openhcbs-e2e-'));
const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
  cwd: root, stdio: 'inherit',
  env: { ...process.env, DATA_DIR: dataDir, PORT: process.env.E2E_PORT ?? '3100', DEMO_MEMBERS: '150', LOG_LEVEL: 'warn', OPENHCBS_FAST_HASH: '1' },
});
const stop = () => { child.kill('SIGTERM'); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => { fs.rmSync(dataDir, { recursive: true, force: true }); process.exit(code ?? 0); });
