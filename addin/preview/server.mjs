#!/usr/bin/env node
/**
 * `npm run preview`: serves addin/dist on http://127.0.0.1:5173 (PORT to change) so the task
 * pane can be tried in any browser on a fake workbook, without Excel or certificates.
 * Loopback only; serves files, makes no requests. "/" opens preview.html.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStaticHandler } from '../scripts/serve.mjs';

export const DEFAULT_ROOT = fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * Starts the server; port 0 picks a free one (tests).
 * @param {{ root?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startPreviewServer(options = {}) {
  const root = resolve(options.root ?? DEFAULT_ROOT);
  const host = options.host ?? '127.0.0.1';
  const files = createStaticHandler(root);
  const server = createServer((req, res) => {
    if (req.url === '/' || req.url?.startsWith('/?')) {
      res.writeHead(302, { Location: `/preview.html${req.url.slice(1)}` });
      res.end();
      return;
    }
    files(req, res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5173, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolvePromise({
        url: `http://${host}:${port}/`,
        port,
        close: () => new Promise((done) => {
          server.closeAllConnections?.();
          server.close(() => done());
        }),
      });
    });
  });
}

async function main() {
  if (!existsSync(join(DEFAULT_ROOT, 'preview.html'))) {
    console.error('addin/dist/preview.html is missing: run `npm run build:taskpane -w @backofficer/addin` first.');
    process.exit(1);
  }
  const port = process.env.PORT ? Number(process.env.PORT) : 5173;
  const { url } = await startPreviewServer({ port });
  console.log(`BackOfficer task pane preview: ${url}  (Ctrl+C to stop)`);
  console.log(`  English: ${url}?lang=en   Nederlands: ${url}?lang=nl`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
