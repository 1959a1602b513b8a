import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HIRER_PAY_FINDINGS } from '../../src/index.js';

const doc = readFileSync(fileURLToPath(new URL('../../../../docs/findings.md', import.meta.url)), 'utf8');

describe('docs/findings.md lists every hirer pay finding code with its severity', () => {
  for (const spec of Object.values(HIRER_PAY_FINDINGS)) {
    it(spec.code, () => {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${spec.code}\``));
      expect(row, `${spec.code} missing from docs/findings.md`).toBeDefined();
      expect(row).toContain(`| ${spec.severity} |`);
      expect(spec.area).toBe('hirer-pay');
    });
  }
});
