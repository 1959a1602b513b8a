import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * End-to-end: the built `backofficer` command run as a user runs it (node dist/main.js), checking
 * what it prints and its exit code. Expected figures come from DOMAIN.md (§1 worked example for
 * 2026-W10, §3 minimum wage table, §12 holidays).
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const main = join(root, 'packages/cli/dist/main.js');

function newest(dir: string): number {
  let max = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return max;
}

interface Result {
  code: number | null;
  out: string;
  err: string;
}

function cli(...args: string[]): Result {
  const r = spawnSync(process.execPath, [main, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, BACKOFFICER_DEBUG: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  // The test setup builds when sources changed; build here too when run on its own and stale.
  const sources = Math.max(newest(join(root, 'packages/cli/src')), newest(join(root, 'packages/core/src')));
  const core = join(root, 'packages/core/dist/index.js');
  if (!existsSync(main) || !existsSync(core) || statSync(main).mtimeMs < sources || statSync(core).mtimeMs < sources) {
    execSync('npm run build -w @backofficer/core && npm run build -w backofficer', { cwd: root, stdio: 'ignore' });
  }
}, 120_000);

/** A user mistake: exit 2, a message in the chosen language, a pointer to help, and no stack trace. */
function expectUserError(r: Result, message: RegExp | string, help: string) {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err).toMatch(message);
  expect(r.err).toContain(help);
  expect(r.err).not.toMatch(/\n\s+at /);
}

describe('backofficer --help', () => {
  it('lists the commands, the options, examples and exit codes in Dutch by default', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Gebruik: backofficer <opdracht>');
    for (const c of ['start', 'validate', 'margin', 'forecast', 'report', 'deadlines', 'wml']) expect(r.out).toMatch(new RegExp(`^  ${c} `, 'm'));
    expect(r.out).toContain('--lang <nl|en>');
    expect(r.out).toContain('backofficer deadlines 2026-W10');
    expect(r.out).toContain('1  gelukt, maar er zijn bevindingen met ernst fout');
    expect(r.out).toContain('2  invoer of gebruik klopt niet');
    expect(r.out).toContain('Meer over een opdracht: backofficer <opdracht> --help');
  });

  it('in English with --lang en; without a command it shows the same help', () => {
    const r = cli('--help', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: backofficer <command>');
    expect(cli().out).toBe(cli('--help').out);
  });

  it('has a help page per command (backofficer wml --help, backofficer help deadlines)', () => {
    const wml = cli('wml', '--help');
    expect(wml.code).toBe(0);
    expect(wml.out).toContain('Gebruik: backofficer wml <datum>');
    expect(wml.out).toContain('--age <jaren>');
    const d = cli('help', 'deadlines', '--lang', 'en');
    expect(d.out).toContain('Usage: backofficer deadlines <week>');
  });
});

describe('backofficer deadlines (DOMAIN.md §1 worked example, work week 2026-W10)', () => {
  it('prints the cycle with Dutch dates in an aligned table', () => {
    const r = cli('deadlines', '2026-W10');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Termijnen voor werkweek 2026-W10 (ma 2 mrt 2026 t/m zo 8 mrt 2026)');
    // Registration by (the end of) Friday 27 February 2026.
    expect(r.out).toMatch(/^vr 27 feb 2026 24:00 +Nieuwe uitzendkrachten en inleners ingeschreven/m);
    // Approved hours by Tuesday 10 March 2026 13:00.
    expect(r.out).toMatch(/^di 10 mrt 2026 13:00 +Goedgekeurde uren, declaraties en boetes aangeleverd +W\+1 di 13:00/m);
    // Draft payslips Wednesday 11 March before 12:00; payroll Wednesday 11 March; wages Thursday 12 March.
    expect(r.out).toMatch(/^wo 11 mrt 2026 12:00 +Proefloonstroken verstuurd/m);
    expect(r.out).toMatch(/^wo 11 mrt 2026 +Verloning en facturatie/m);
    expect(r.out).toMatch(/^do 12 mrt 2026 +Loon uitbetaald/m);
    // Margin overview by Monday 16 March.
    expect(r.out).toMatch(/^ma 16 mrt 2026 \d\d:\d\d +Margeoverzicht geleverd/m);
    // Every row's "Wat" column starts where its header does.
    const header = lines.find((l) => l.startsWith('Wanneer'))!;
    const at = header.indexOf('Wat');
    const rows = lines.filter((l) => /^(ma|di|wo|do|vr|za|zo) \d/.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(11);
    for (const row of rows) {
      expect(row[at - 1]).toBe(' ');
      expect(row[at]).not.toBe(' ');
    }
  });

  it('in English with --lang en', () => {
    const r = cli('deadlines', '2026-W10', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Tue 10 Mar 2026 13:00 +Approved hours, expense claims and fines delivered/m);
  });

  it('as JSON: stable codes and instants with their UTC offset', () => {
    const r = cli('deadlines', '2026W10', '--json');
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as { week: string; deadlines: Array<{ code: string; at: string; day: string; label: string; source: { layer: string } }> };
    expect(data.week).toBe('2026-W10');
    const hours = data.deadlines.find((d) => d.code === 'hours')!;
    expect(hours.at).toBe('2026-03-10T13:00:00.000+01:00');
    expect(hours.label).toBe('Goedgekeurde uren, declaraties en boetes aangeleverd');
    expect(hours.source.layer).toBe('policy');
    expect(data.deadlines.find((d) => d.code === 'payment')!.day).toBe('2026-03-12');
  });

  it('says when a public holiday moved a deadline (Christmas Day 2026, policy.holidayShift = previous working day)', () => {
    const r = cli('deadlines', '2026-W53');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^do 24 dec 2026 24:00 +Nieuwe uitzendkrachten.*vr 25 dec 2026 is Eerste Kerstdag; vervroegd naar de vorige werkdag: do 24 dec 2026/m);
  });

  it('rejects 2025-W53 with exit code 2 (2025 has 52 weeks)', () => {
    expectUserError(cli('deadlines', '2025-W53'), 'Fout: week: "2025-W53" bestaat niet: 2025 heeft 52 weken', 'Hulp: backofficer deadlines --help');
    expectUserError(cli('deadlines', '2025-W53', '--lang', 'en'), 'Error: week: "2025-W53" does not exist: 2025 has 52 weeks', 'Help: backofficer deadlines --help');
  });

  it('a missing week is a usage error that shows an example', () => {
    expectUserError(cli('deadlines'), 'deadlines: <week> ontbreekt; bijvoorbeeld: backofficer deadlines 2026-W10', 'backofficer deadlines --help');
  });

  it('with --json an error is JSON on stderr, still exit 2', () => {
    const r = cli('deadlines', 'garbage', '--json', '--lang', 'en');
    expect(r.code).toBe(2);
    const e = JSON.parse(r.err) as { error: { code: string; kind: string; field: string; message: string } };
    expect(e.error.code).toBe('INVALID_ISO_WEEK');
    expect(e.error.kind).toBe('input');
    expect(e.error.message).toBe('week: "garbage" is not an ISO week; expected year and week number, e.g. 2026-W10');
  });
});

describe('backofficer wml (DOMAIN.md §3, statutory hourly minimum wage)', () => {
  it('age 20 on 2026-03-01 is € 11,77 per hour (2026-01-01 amount)', () => {
    const r = cli('wml', '2026-03-01', '--age', '20');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Wettelijk minimumloon op zo 1 mrt 2026, 20 jaar: € 11,77 per uur');
    expect(r.out).toContain('Bruto per uur, exclusief vakantiebijslag.');
    expect(r.out).toMatch(/^Bron: /m);
  });

  it('in English and as JSON (exact decimal text, never a float)', () => {
    expect(cli('wml', '2026-03-01', '--age', '20', '--lang', 'en').out).toContain('age 20: € 11.77 per hour');
    const data = JSON.parse(cli('wml', '1-3-2026', '--age', '20', '--json').out) as { hourly: string; date: string; from: string };
    expect(data).toMatchObject({ hourly: '11.77', date: '2026-03-01', from: '2026-01-01' });
  });

  it('without --age prints the whole table for the date, amounts right-aligned', () => {
    const r = cli('wml', '2025-07-01');
    expect(r.code).toBe(0);
    // 2025-07-01 column of DOMAIN.md §3: 21+ 14,40; 20 11,52; 15 4,32.
    expect(r.out).toMatch(/^ +21\+ +100 % +€ 14,40 /m);
    expect(r.out).toMatch(/^ +20 +80 % +€ 11,52 /m);
    expect(r.out).toMatch(/^ +15 +30 % +€ 4,32 /m);
  });

  it('bad ages and dates are user errors with exit code 2', () => {
    expectUserError(cli('wml', '2026-03-01', '--age', 'abc'), /"abc" is geen leeftijd/, 'backofficer wml --help');
    expectUserError(cli('wml', '2026-03-01', '--age', '14', '--lang', 'en'), /"14" is too young/, 'backofficer wml --help');
    expectUserError(cli('wml', '2026-03-01', '--age'), 'optie --age heeft een waarde nodig, bijvoorbeeld --age <jaren>', 'backofficer wml --help');
    expectUserError(cli('wml', '31-02-2026'), '"31-02-2026" is geen datum', 'backofficer wml --help');
    // Before the first amount in the tables: no guess.
    expectUserError(cli('wml', '2023-06-01', '--age', '20'), /bekend vanaf 2024-01-01/, 'backofficer wml --help');
  });
});

describe('usage errors', () => {
  it('an unknown command suggests the nearest one', () => {
    expectUserError(cli('deadline', '2026-W10'), 'onbekende opdracht "deadline"; bedoelt u "deadlines"?', 'Hulp: backofficer --help');
    expectUserError(cli('frobnicate', '--lang', 'en'), 'unknown command "frobnicate"; known commands: start, validate, margin, forecast, report, deadlines, wml, help', 'Help: backofficer --help');
  });

  it('unknown options, unexpected arguments, a value for a flag, an unknown language', () => {
    expectUserError(cli('deadlines', '2026-W10', '--foo'), 'onbekende optie --foo bij "deadlines"', 'backofficer deadlines --help');
    expectUserError(cli('deadlines', '2026-W10', 'extra'), 'onverwacht argument "extra" bij "deadlines"', 'backofficer deadlines --help');
    expectUserError(cli('deadlines', '2026-W10', '--json=yes'), 'optie --json heeft geen waarde', 'backofficer deadlines --help');
    expectUserError(cli('deadlines', '2026-W10', '--lang', 'de'), '--lang: "de" is geen taal die backofficer kent; verwacht nl of en', 'backofficer --help');
  });

  it('--version prints the version', () => {
    const r = cli('--version');
    expect(r.code).toBe(0);
    expect(r.out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
