import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InputError, InvalidInputError, parseWith, pathText, type FieldLabels } from '../../src/errors/index.js';
import { amountField } from '../../src/model/fields.js';

function failure(f: () => unknown): InvalidInputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InvalidInputError) return e;
    throw e;
  }
  throw new Error('expected an InvalidInputError');
}

const schema = z.object({
  name: z.string().min(1),
  bsn: z.string().length(9),
  kind: z.enum(['dutch', 'eu']),
  count: z.number().int().min(1).optional(),
  agreements: z.array(z.object({ wage: amountField('wage') })).min(1),
});
const labels: FieldLabels = {
  name: { nl: 'naam', en: 'name' },
  bsn: { nl: 'BSN', en: 'BSN', mask: 'bsn' },
  kind: { nl: 'soort medewerker', en: 'kind of worker' },
  count: { nl: 'aantal', en: 'count' },
  agreements: { nl: 'loonafspraken', en: 'wage agreements' },
  'agreements.wage': { nl: 'uurloon', en: 'hourly wage' },
};
const good = { name: 'Jan', bsn: '111222333', kind: 'eu', agreements: [{ wage: '12,50' }] };

// DESIGN.md: "Validate at the edge with zod … an error that names the field, the value and what
// was expected, in words a payroll clerk understands."
describe('parseWith: zod issues in the clerk\'s words (DESIGN.md validate at the edge)', () => {
  it('returns the parsed output on success (an amount read from "12,50")', () => {
    const out = parseWith(schema, good, 'worker', labels);
    expect(out.agreements[0]!.wage.toString()).toBe('12.5');
  });

  it('one problem: what, label, received value, expected', () => {
    const e = failure(() => parseWith(schema, { ...good, kind: 'martian' }, { nl: 'uitzendkracht', en: 'worker' }, labels));
    expect(e).toBeInstanceOf(InputError);
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.kind).toBe('input');
    expect(e.field).toBe('kind');
    expect(e.texts.en).toBe('worker: kind of worker: received "martian"; expected one of: dutch, eu');
    expect(e.texts.nl).toBe('uitzendkracht: soort medewerker: "martian" ontvangen; verwacht een van: dutch, eu');
  });

  it('a reader\'s own message survives, with the label and list position in place of the program name', () => {
    const e = failure(() => parseWith(schema, { ...good, agreements: [{ wage: '12,50' }, { wage: '12,5,0' }] }, 'placement', labels));
    expect(e.texts.en).toBe('placement: hourly wage (wage agreements no. 2): "12,5,0" is not an amount; expected e.g. 12,50 or 12.50');
    expect(e.texts.nl).toBe('placement: uurloon (loonafspraken nr. 2): "12,5,0" is geen bedrag; verwacht bijvoorbeeld 12,50 of 12.50');
    expect(e.problems[0]).toMatchObject({ path: ['agreements', 1, 'wage'], field: 'agreements[1].wage', code: 'INVALID_AMOUNT' });
  });

  it('missing, empty, wrong type, too small', () => {
    const e = failure(() => parseWith(schema, { name: '', bsn: 5, agreements: [] , count: 0}, 'worker', labels));
    const en = e.problems.map((p) => p.texts.en);
    expect(en).toContain('name: empty; expected at least 1 character');
    expect(en).toContain('BSN: received ***; expected text');
    expect(en).toContain('kind of worker: missing; expected one of: dutch, eu');
    expect(en).toContain('count: received 0; expected at least 1');
    expect(en).toContain('wage agreements: received an empty list; expected at least 1 item');
    const nl = e.problems.map((p) => p.texts.nl);
    expect(nl).toContain('naam: leeg; verwacht minstens 1 teken');
    expect(nl).toContain('loonafspraken: een lege lijst ontvangen; verwacht minstens 1 regel');
  });

  it('the value of a personal field is masked (a BSN shows at most its last 3 digits)', () => {
    const e = failure(() => parseWith(schema, { ...good, bsn: '1234567820' }, 'worker', labels));
    expect(e.texts.en).toBe('worker: BSN: received "*******820"; expected exactly 9 characters');
    expect(JSON.stringify({ texts: e.texts, problems: e.problems, issues: e.issues })).not.toContain('1234567820');
  });

  it('collects every issue, shows the first 5 and keeps all on the error, without the received values', () => {
    const bad = { name: 1, bsn: 2, kind: 3, count: 'x', agreements: [{ wage: 'a' }, { wage: 'b' }] };
    const e = failure(() => parseWith(schema, bad, 'worker', labels));
    expect(e.problems).toHaveLength(6);
    expect(e.issues).toHaveLength(6);
    expect(e.texts.en.startsWith('worker: 6 problems: 1) name: received 1; expected text; 2) ')).toBe(true);
    expect(e.texts.en).toContain('5) ');
    expect(e.texts.en).not.toContain('6) ');
    expect(e.texts.en.endsWith('; and 1 more')).toBe(true);
    expect(e.texts.nl.startsWith('worker: 6 fouten: 1) naam: 1 ontvangen; verwacht tekst; 2) ')).toBe(true);
    expect(e.texts.nl.endsWith('; en nog 1')).toBe(true);
    for (const issue of e.issues) expect('input' in issue).toBe(false);
  });

  it('falls back to the program path when a field has no label', () => {
    const e = failure(() => parseWith(z.object({ deep: z.object({ x: z.number() }) }), { deep: { x: 'y' } }, 'thing'));
    expect(e.texts.en).toBe('thing: deep.x: received "y"; expected a number');
  });

  it('a root that is not a record', () => {
    const e = failure(() => parseWith(schema, null, 'worker', labels));
    expect(e.texts.en).toBe('worker: input: empty; expected a record with fields');
    expect(e.texts.nl).toBe('worker: invoer: leeg; verwacht een record met velden');
  });

  it('pathText writes list positions in brackets', () => {
    expect(pathText(['agreements', 0, 'wage'])).toBe('agreements[0].wage');
    expect(pathText([3, 'hours'])).toBe('[3].hours');
    expect(pathText([])).toBe('');
  });
});
