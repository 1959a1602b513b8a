import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE } from './core.js';

/*
 * The backofficer command as it ships (tsup: esbuild, ESM, node20, dependencies left as imports),
 * built from the working tree into the benchmarks' cache, with @backofficer/core taken from its
 * sources (the package's dist may be older than the tree).
 */

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

async function bundle(tree: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [join(tree, 'packages', 'cli', 'src', 'main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    alias: { '@backofficer/core': join(tree, 'packages', 'core', 'src', 'index.ts') },
    outfile,
    logLevel: 'silent',
  });
}

/**
 * The command bundled from the working tree; when the tree does not build (someone is halfway
 * through a change), from the last commit instead. Says which.
 */
export async function buildCli(): Promise<{ file: string; source: string }> {
  mkdirSync(CACHE, { recursive: true });
  const outfile = join(CACHE, `backofficer-${process.pid}.mjs`);
  try {
    await bundle(root, outfile);
    return { file: outfile, source: 'working tree' };
  } catch (e) {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const tree = join(CACHE, `head-${head}-${process.pid}`);
    rmSync(tree, { recursive: true, force: true });
    mkdirSync(tree, { recursive: true });
    const archive = execFileSync('git', ['archive', 'HEAD', 'packages/cli/src', 'packages/cli/package.json', 'packages/core/src', 'packages/core/package.json'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', tree], { input: archive });
    await bundle(tree, outfile);
    rmSync(tree, { recursive: true, force: true });
    const why = e instanceof Error ? e.message.split('\n').slice(0, 2).join(' ') : String(e);
    return { file: outfile, source: `commit ${head} (the working tree did not build: ${why})` };
  }
}

/** A preload that writes the process's peak resident memory (kB) and CPU time (µs) to $BENCH_RSS_FILE at exit, as JSON. */
export function rssPreload(): string {
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, 'rss-preload.cjs');
  writeFileSync(
    file,
    [
      "'use strict';",
      "const fs = require('node:fs');",
      "process.on('exit', () => { const f = process.env.BENCH_RSS_FILE; if (f) { const u = process.resourceUsage(); fs.writeFileSync(f, JSON.stringify({ maxRSS: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime })); } });",
      '',
    ].join('\n'),
  );
  return file;
}
