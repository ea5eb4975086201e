import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { precompress } from './build/precompress.js';
import { demoClock } from './server/clock.js';
import { isPortalPage } from './server/portal-pages.js';

/** The API in development: `pnpm --filter @sosialtilskudd/api dev` listens on 3000 unless PORTAL_API_URL says otherwise. */
const api = process.env.PORTAL_API_URL ?? 'http://127.0.0.1:3000';

/** The same /portal-config.json the start server answers, so the dev portal judges deadlines on the API's day. */
function portalConfig(): Plugin {
  const clock = demoClock(process.env.API_START_AT);
  return {
    name: 'portal-config',
    configureServer(server) {
      server.middlewares.use('/portal-config.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Cache-Control', 'no-store');
        res.end(JSON.stringify({ now: clock.now().toISOString() }));
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), portalConfig(), precompress()],
  // Workspace packages are bundled from their TypeScript source: no package needs building first.
  resolve: {
    conditions: ['@sosialtilskudd/source', ...defaultClientConditions],
  },
  server: {
    port: 5173,
    proxy: {
      '/v1': api,
      '/dev': {
        target: api,
        bypass: (req) => (isPortalPage(req.url ?? '', req.headers.accept) ? '/index.html' : undefined),
      },
      '/health': api,
    },
  },
  // Source maps are written for whoever debugs a build (no `sourceMappingURL` in the scripts) and never served
  // (server/static-server.ts): they would publish the whole source.
  build: { sourcemap: 'hidden', chunkSizeWarningLimit: 2500 },
});
