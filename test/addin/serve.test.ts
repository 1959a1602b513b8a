/**
 * The dev server's file handling (addin/scripts/serve.mjs), over plain http on a random port:
 * the https part needs the developer's trusted certificates, which tests never install.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticHandler } from '../../addin/scripts/serve.mjs';

let dir: string;
let server: Server;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bo-serve-'));
  const root = join(dir, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'taskpane.html'), '<!doctype html><title>pane</title>');
  writeFileSync(join(root, 'functions.js'), 'void 0;');
  writeFileSync(join(root, 'functions.json'), '{"functions":[]}');
  writeFileSync(join(root, 'assets', 'icon-16.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(dir, 'secret.txt'), 'outside the served folder');
  server = createServer(createStaticHandler(root));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** A raw GET, so that the path is sent exactly as written (fetch would normalise "..") */
function get(pathname: string, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('dev server static files', () => {
  it('serves each file type with its content type and without caching (Excel caches add-in files)', async () => {
    const cases: [string, string][] = [
      ['/functions.js', 'text/javascript; charset=utf-8'],
      ['/functions.json', 'application/json; charset=utf-8'],
      ['/taskpane.html', 'text/html; charset=utf-8'],
      ['/assets/icon-16.png', 'image/png'],
    ];
    for (const [p, type] of cases) {
      const r = await get(p);
      expect(r.status, p).toBe(200);
      expect(r.headers['content-type'], p).toBe(type);
      expect(r.headers['cache-control'], p).toContain('no-store');
    }
    expect((await get('/functions.json')).body).toBe('{"functions":[]}');
  });

  it('"/" is the task pane page; a missing file is 404; HEAD has no body', async () => {
    expect((await get('/')).body).toContain('pane');
    expect((await get('/nothing.js')).status).toBe(404);
    const head = await get('/functions.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('never serves a file outside the folder, nor accepts other methods', async () => {
    expect((await get('/..%2Fsecret.txt')).status).toBe(403);
    expect((await get('/../secret.txt')).body).not.toContain('outside');
    expect((await get('/functions.js', 'POST')).status).toBe(405);
  });
});
