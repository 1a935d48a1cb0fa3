import { defineConfig, devices } from '@playwright/test';

// Browser tests for the web UI (e2e/**/*.spec.ts), in Debian's Chromium (never `playwright install`).
// The web server is the real API server on a fresh temporary PGlite database with demo data
// (scripts/e2e-server.mjs rebuilds web/dist when its sources changed, then serves it).
// E2E_MOCK=1 runs the same tests against the vite dev server with the in-memory mock (web/dev/mock-api.ts),
// for UI work before the server exists; the mock is not the contract, the server is.
// E2E_PORT lets two runs on one machine (a developer's and CI's) use different ports.
const port = Number(process.env.E2E_PORT ?? 3100);
const mock = process.env.E2E_MOCK === '1';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
            '--disable-sync', '--no-first-run', '--disable-quic'],
        },
      },
    },
  ],
  webServer: {
    command: mock
      ? `npx vite --config web/vite.config.ts --host 127.0.0.1 --port ${port} --strictPort`
      : 'node scripts/e2e-server.mjs',
    env: mock ? { OPENHCBS_MOCK: '1' } : { E2E_PORT: String(port) },
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
