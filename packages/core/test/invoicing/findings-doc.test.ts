import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COST_FINDINGS, ET_FINDINGS, INVOICING_FINDINGS } from '@backofficer/core';

/* Every finding code of cost, ET and invoicing is listed in docs/findings.md with its severity. */

describe('docs/findings.md lists the cost, ET and invoicing codes', () => {
  const doc = readFileSync(fileURLToPath(new URL('../../../../docs/findings.md', import.meta.url)), 'utf8');
  for (const specs of [COST_FINDINGS, ET_FINDINGS, INVOICING_FINDINGS]) {
    for (const s of Object.values(specs)) {
      it(`${s.code} (${s.area}, ${s.severity})`, () => {
        expect(doc).toContain(`| \`${s.code}\` | ${s.severity} |`);
      });
    }
  }
});
