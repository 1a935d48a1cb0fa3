import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { mockApi } from './dev/mock-api.ts';

// The web UI: a single-page app built to web/dist, which the API server serves at `/` (SPA fallback for
// every path outside /api). In development `vite` proxies the API to the server on :3000; with
// OPENHCBS_MOCK=1 it answers from a small in-memory mock instead (web/dev/mock-api.ts), for UI work
// before the backend is running.
const root = fileURLToPath(new URL('.', import.meta.url));
const backend = process.env.OPENHCBS_API ?? 'http://localhost:3000';
const useMock = process.env.OPENHCBS_MOCK === '1';

export default defineConfig(() => {
  return {
    root,
    base: '/',
    plugins: [react(), useMock && mockApi()],
    build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
    server: {
      proxy: useMock
        ? undefined
        : Object.fromEntries(['/api', '/healthz', '/docs', '/openapi.json'].map((p) => [p, { target: backend, changeOrigin: false }])),
    },
    preview: { port: 4173 },
  };
});
