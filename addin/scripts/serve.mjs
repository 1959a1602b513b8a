#!/usr/bin/env node
/**
 * Development server for the add-in: serves addin/dist over https://localhost:3000 (the URLs in
 * manifest.xml) with the Office dev certificates, no caching (Excel caches add-in files hard),
 * and nothing else: no proxy, no network requests of its own.
 *
 *   npm run addin                                  build, then serve
 *   node addin/scripts/serve.mjs [--port 3000]     serve what is built
 *
 * Certificates: created and trusted once per machine with `npx office-addin-dev-certs install`
 * (this script never installs them: installing changes the machine's trusted certificates and
 * needs admin rights, so it is the developer's explicit step, never done in CI or tests).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
};

const NO_CACHE = {
  'Cache-Control': 'no-cache, no-store, must-revalidate',
  Pragma: 'no-cache',
  Expires: '0',
  'X-Content-Type-Options': 'nosniff',
  // Excel fetches functions.json and the icons from its own origin.
  'Access-Control-Allow-Origin': '*',
};

/** A request handler serving the files under `root` (GET and HEAD; "/" is taskpane.html). */
export function createStaticHandler(root) {
  const base = resolve(root);
  return (req, res) => {
    const send = (status, text) => {
      res.writeHead(status, { ...NO_CACHE, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : `${text}\n`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed');
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname);
    } catch {
      return send(400, 'Bad request');
    }
    if (path === '/') path = '/taskpane.html';
    const file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return send(403, 'Forbidden');
    if (!existsSync(file) || !statSync(file).isFile()) return send(404, `Not found: ${path}`);
    res.writeHead(200, {
      ...NO_CACHE,
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  };
}

const INSTALL_HELP = [
  'No trusted development certificate for https://localhost was found.',
  'Install it once on this machine (it creates a local CA and trusts it; asks for admin rights):',
  '',
  '    npx office-addin-dev-certs install',
  '',
  'then run `npm run addin` again. Check with `npx office-addin-dev-certs verify`.',
].join('\n');

async function main() {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  const portArg = process.argv.indexOf('--port');
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 3000;
  if (!existsSync(join(dist, 'functions.js'))) {
    console.error('addin/dist/functions.js is missing: run `npm run build -w @backofficer/addin` first.');
    process.exit(1);
  }
  if (!existsSync(join(dist, 'taskpane.html'))) {
    console.warn('warning: addin/dist/taskpane.html is missing (the task pane build writes it); the functions need it as their page.');
  }
  const devCerts = (await import('office-addin-dev-certs')).default;
  let trusted = false;
  try {
    trusted = devCerts.verifyCertificates();
  } catch {
    trusted = false;
  }
  if (!trusted) {
    console.error(INSTALL_HELP);
    process.exit(1);
  }
  // Certificates are present and trusted, so this only reads them (it would install otherwise).
  const options = await devCerts.getHttpsServerOptions();
  createServer(options, createStaticHandler(dist)).listen(port, 'localhost', () => {
    console.log(`BackOfficer add-in: https://localhost:${port}/ serving ${dist}`);
    console.log('Sideload manifest.xml (see README); stop with Ctrl+C.');
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
