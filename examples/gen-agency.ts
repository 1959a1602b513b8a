/*
 * The fictional agency of examples/agency-week.xlsx: "Uitzendbureau De Kempen" with 8 hirers,
 * 40 workers and 13 weeks of hours (2025-W50 … 2026-W10), built from a fixed seed. Every name,
 * company, BSN, IBAN and KvK number is invented. The data is clean except for the deliberate
 * mistakes listed in MISTAKES, one (or one group of lines) per timesheet finding code.
 */
import { Decimal, isPublicHoliday, isValidBsn, isValidIban, minimumWage } from '../packages/core/src/index.js';
import type { Texts } from '../packages/core/src/index.js';
import { Prng } from './gen-prng.js';

export const SEED = 20260302;
export const FIRST_MONDAY = '2025-12-08'; // 2025-W50
export const WEEKS = 13; // … 2026-W10
export const TARGET_WEEK = '2026-W10';
/** Creation time stored in the workbooks (fixed, so the files are byte-identical on every run). */
export const FIXED_TIME = new Date(Date.UTC(2026, 2, 9, 8, 0, 0));

// ---- dates -------------------------------------------------------------------------------------

const DAY = 86_400_000;
export function addDays(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + n * DAY).toISOString().slice(0, 10);
}
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}
export function mondayOf(weekIndex: number): string {
  return addDays(FIRST_MONDAY, weekIndex * 7);
}
/** "2026-W10" of a week index (0 = 2025-W50). */
export function weekLabel(weekIndex: number): string {
  const n = 50 + weekIndex;
  return n <= 52 ? `2025-W${n}` : `2026-W${String(n - 52).padStart(2, '0')}`;
}
export function weekIndexOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const [fy, fm, fd] = FIRST_MONDAY.split('-').map(Number) as [number, number, number];
  return Math.floor((Date.UTC(y, m - 1, d) - Date.UTC(fy, fm - 1, fd)) / (7 * DAY));
}
function minutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
const dec = (v: string | number) => new Decimal(v);

// ---- identity numbers (fictional) ------------------------------------------------------------

/** A random 9-digit number passing the BSN 11-test (DOMAIN.md §16). Fictional. */
function fictionalBsn(rng: Prng): string {
  for (;;) {
    const head = String(rng.int(1, 6)) + rng.digits(7);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += (9 - i) * Number(head[i]);
    const last = sum % 11;
    if (last <= 9) {
      const bsn = head + String(last);
      if (isValidBsn(bsn)) return bsn;
    }
  }
}

/** ISO 13616 check digits: 98 − (BBAN + country + "00" as digits mod 97). */
function ibanCheck(country: string, bban: string): string {
  const text = `${bban}${country}00`.toUpperCase().replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const mod = Number(BigInt(text) % 97n);
  return String(98 - mod).padStart(2, '0');
}
function fictionalIban(rng: Prng, country: 'NL' | 'PL' | 'RO' | 'BG'): string {
  let bban: string;
  if (country === 'NL') bban = rng.pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'ASNB', 'TRIO', 'BUNQ', 'KNAB']) + rng.digits(10);
  else if (country === 'PL') bban = rng.digits(24);
  else if (country === 'RO') bban = rng.pick(['BTRL', 'RNCB', 'INGB', 'BRDE']) + rng.digits(16);
  else bban = rng.pick(['UNCR', 'BPBI', 'STSA']) + rng.digits(4) + rng.digits(2) + rng.digits(8);
  const iban = `${country}${ibanCheck(country, bban)}${bban}`;
  if (!isValidIban(iban)) throw new Error(`generated IBAN fails mod-97: ${iban}`);
  return iban;
}

// ---- hirers --------------------------------------------------------------------------------------

export interface HirerDef {
  id: string;
  name: string;
  /** KvK number: 8 digits, fictional (set by the generator from the seed). */
  kvk?: string;
  sector: string;
  creditLimit: number;
  creditInsurance: 'insured' | 'own-assessment' | 'uninsured';
  requiresHoursProof: boolean;
  reverseChargeVat: boolean;
  gAccountPercent?: string;
  paymentTermDays: number;
  registeredAt: string;
  /** Who approves hours in the portal, and at what time on Monday. */
  contact: string;
  approvalClock: string;
}

export const HIRERS: HirerDef[] = [
  { id: 'H01', name: 'Van der Linden Logistiek B.V.', sector: 'Logistiek', creditLimit: 150000, creditInsurance: 'insured', requiresHoursProof: false, reverseChargeVat: false, paymentTermDays: 14, registeredAt: '2024-03-06T10:20', contact: 'R. van der Linden', approvalClock: '09:10' },
  { id: 'H02', name: 'Bakkerij Korenaar B.V.', sector: 'Voedingsmiddelen', creditLimit: 100000, creditInsurance: 'insured', requiresHoursProof: false, reverseChargeVat: false, paymentTermDays: 21, registeredAt: '2024-05-15T14:05', contact: 'M. Kooij', approvalClock: '08:35' },
  { id: 'H03', name: 'Glansrijk Schoonmaakdiensten B.V.', sector: 'Schoonmaak', creditLimit: 40000, creditInsurance: 'insured', requiresHoursProof: false, reverseChargeVat: true, gAccountPercent: '0.2', paymentTermDays: 30, registeredAt: '2024-09-04T11:45', contact: 'S. Aydın', approvalClock: '10:25' },
  { id: 'H04', name: 'Bouwbedrijf Hendriks & Zn. B.V.', sector: 'Bouw', creditLimit: 60000, creditInsurance: 'own-assessment', requiresHoursProof: true, reverseChargeVat: true, gAccountPercent: '0.2', paymentTermDays: 30, registeredAt: '2024-11-13T09:30', contact: 'J. Hendriks', approvalClock: '11:40' },
  { id: 'H05', name: 'Versmarkt De Schakel B.V.', sector: 'Detailhandel', creditLimit: 50000, creditInsurance: 'insured', requiresHoursProof: false, reverseChargeVat: false, paymentTermDays: 14, registeredAt: '2025-01-08T15:10', contact: 'L. Verbeek', approvalClock: '09:50' },
  { id: 'H06', name: 'Kwekerij Zonneveld B.V.', sector: 'Glastuinbouw', creditLimit: 80000, creditInsurance: 'insured', requiresHoursProof: false, reverseChargeVat: false, paymentTermDays: 14, registeredAt: '2024-02-21T13:00', contact: 'P. Zonneveld', approvalClock: '08:05' },
  { id: 'H07', name: 'Metaalbewerking Brabant B.V.', sector: 'Metaal', creditLimit: 0, creditInsurance: 'uninsured', requiresHoursProof: false, reverseChargeVat: false, paymentTermDays: 30, registeredAt: '2025-02-12T10:40', contact: 'F. Claassen', approvalClock: '10:55' },
  // Registered on Saturday 28 February 2026, after the Friday cut-off for work week 2026-W10.
  { id: 'H08', name: 'Webwinkel Oranjepakket B.V.', sector: 'E-commerce', creditLimit: 30000, creditInsurance: 'insured', requiresHoursProof: false, reverseChargeVat: false, paymentTermDays: 14, registeredAt: '2026-02-28T09:40', contact: 'N. Oranje', approvalClock: '09:30' },
];

// ---- hirer pay profiles ------------------------------------------------------------------------

export interface ProfileRowDef {
  rule: 'scale' | 'surcharge' | 'overtime' | 'allowance' | 'reduction';
  validFrom: string;
  scale?: string;
  scaleWage?: string;
  days?: string;
  from?: string;
  to?: string;
  overtimeAfterHours?: number;
  period?: 'day' | 'week';
  percent?: string;
  amount?: string;
  unit?: 'hour' | 'day' | 'week' | 'km';
  compensation?: 'time' | 'money';
  description?: string;
}
export interface ProfileDef {
  id: string;
  hirerId: string;
  job: string;
  signedBy?: string;
  signedAt?: string;
  rows: ProfileRowDef[];
}

const scaleRows = (scale: string, y2025: string | undefined, y2026: string): ProfileRowDef[] => [
  ...(y2025 ? [{ rule: 'scale' as const, validFrom: '2025-01-01', scale, scaleWage: y2025, description: 'Schaalloon 2025' }] : []),
  { rule: 'scale', validFrom: '2026-01-01', scale, scaleWage: y2026, description: 'Schaalloon 2026 (cao-verhoging 1 januari)' },
];
const S = (validFrom: string, days: string, from: string | undefined, to: string | undefined, percent: string, description: string): ProfileRowDef => ({
  rule: 'surcharge', validFrom, days, from, to, percent, description,
});

export const PROFILES: ProfileDef[] = [
  {
    id: 'IB-H01-ORD', hirerId: 'H01', job: 'Orderpicker', signedBy: 'R. van der Linden', signedAt: '2025-11-26T16:05',
    rows: [
      ...scaleRows('C2', '14.62', '15.05'),
      S('2025-01-01', 'ma-vr', '20:00', '06:00', '0.2', 'Avond- en nachttoeslag'),
      S('2025-01-01', 'za', undefined, undefined, '0.25', 'Zaterdagtoeslag'),
      S('2025-01-01', 'zo', undefined, undefined, '0.5', 'Zondagtoeslag'),
      S('2025-01-01', 'feestdag', undefined, undefined, '1', 'Feestdagtoeslag'),
      { rule: 'overtime', validFrom: '2025-01-01', overtimeAfterHours: 8, period: 'day', percent: '0.25', description: 'Overwerk na 8 uur per dag' },
    ],
  },
  {
    id: 'IB-H01-HEF', hirerId: 'H01', job: 'Heftruckchauffeur', signedBy: 'R. van der Linden', signedAt: '2025-11-26T16:05',
    rows: [
      ...scaleRows('D1', '15.40', '15.85'),
      S('2025-01-01', 'ma-vr', '20:00', '06:00', '0.2', 'Avond- en nachttoeslag'),
      S('2025-01-01', 'za', undefined, undefined, '0.25', 'Zaterdagtoeslag'),
      S('2025-01-01', 'zo,feestdag', undefined, undefined, '0.5', 'Zon- en feestdagtoeslag'),
      { rule: 'overtime', validFrom: '2025-01-01', overtimeAfterHours: 8, period: 'day', percent: '0.25', description: 'Overwerk na 8 uur per dag' },
      { rule: 'allowance', validFrom: '2025-01-01', amount: '0.23', unit: 'km', description: 'Reiskostenvergoeding' },
    ],
  },
  {
    id: 'IB-H02-PRD', hirerId: 'H02', job: 'Productiemedewerker', signedBy: 'M. Kooij', signedAt: '2025-11-21T11:30',
    rows: [
      ...scaleRows('B3', '14.55', '15.00'),
      S('2025-01-01', 'ma-vr', '22:00', '24:00', '0.2', 'Avondtoeslag'),
      S('2025-01-01', 'ma-za', '00:00', '06:00', '0.3', 'Nachttoeslag'),
      S('2025-01-01', 'za', '06:00', '24:00', '0.25', 'Zaterdagtoeslag'),
      S('2025-01-01', 'zo', undefined, undefined, '0.5', 'Zondagtoeslag'),
      { rule: 'overtime', validFrom: '2025-01-01', overtimeAfterHours: 40, period: 'week', percent: '0.25', description: 'Overwerk na 40 uur per week' },
      { rule: 'reduction', validFrom: '2025-01-01', percent: '0.025', compensation: 'time', description: 'ADV (13 dagen per jaar)' },
    ],
  },
  {
    id: 'IB-H03-SCH', hirerId: 'H03', job: 'Schoonmaker', signedBy: 'S. Aydın', signedAt: '2025-12-01T09:15',
    rows: [
      ...scaleRows('A', '14.45', '14.85'),
      S('2025-01-01', 'ma-vr', '19:00', '24:00', '0.15', 'Avondtoeslag'),
      S('2025-01-01', 'za,zo,feestdag', undefined, undefined, '0.5', 'Weekend- en feestdagtoeslag'),
    ],
  },
  {
    id: 'IB-H04-TIM', hirerId: 'H04', job: 'Timmerman', signedBy: 'J. Hendriks', signedAt: '2025-11-28T14:45',
    rows: [
      ...scaleRows('C', '17.20', '17.90'),
      { rule: 'overtime', validFrom: '2025-01-01', overtimeAfterHours: 8, period: 'day', percent: '0.25', description: 'Overwerk na 8 uur per dag' },
      { rule: 'allowance', validFrom: '2025-01-01', amount: '0.50', unit: 'hour', description: 'Gereedschapsvergoeding' },
    ],
  },
  {
    id: 'IB-H04-GRO', hirerId: 'H04', job: 'Grondwerker', signedBy: 'J. Hendriks', signedAt: '2025-11-28T14:45',
    rows: [
      ...scaleRows('B', '16.10', '16.70'),
      { rule: 'overtime', validFrom: '2025-01-01', overtimeAfterHours: 8, period: 'day', percent: '0.25', description: 'Overwerk na 8 uur per dag' },
    ],
  },
  {
    // Filled in for the new placement in 2026-W10, but not signed by the hirer.
    id: 'IB-H04-BET', hirerId: 'H04', job: 'Betonwerker',
    rows: [
      { rule: 'scale', validFrom: '2026-02-23', scale: 'C', scaleWage: '17.40', description: 'Schaalloon 2026' },
      { rule: 'overtime', validFrom: '2026-02-23', overtimeAfterHours: 8, period: 'day', percent: '0.25', description: 'Overwerk na 8 uur per dag' },
    ],
  },
  {
    id: 'IB-H05-VAK', hirerId: 'H05', job: 'Vakkenvuller', signedBy: 'L. Verbeek', signedAt: '2025-11-24T17:20',
    rows: [
      ...scaleRows('2', '14.50', '14.85'),
      S('2025-01-01', 'ma-za', '18:00', '24:00', '0.33', 'Avondtoeslag'),
      S('2025-01-01', 'zo', undefined, undefined, '1', 'Zondagtoeslag'),
      S('2025-01-01', 'feestdag', undefined, undefined, '1', 'Feestdagtoeslag'),
    ],
  },
  {
    id: 'IB-H06-OOG', hirerId: 'H06', job: 'Oogstmedewerker', signedBy: 'P. Zonneveld', signedAt: '2025-11-19T08:40',
    rows: [
      ...scaleRows('A1', '14.45', '14.75'),
      S('2025-01-01', 'zo,feestdag', undefined, undefined, '0.5', 'Zon- en feestdagtoeslag'),
      { rule: 'overtime', validFrom: '2025-01-01', overtimeAfterHours: 45, period: 'week', percent: '0.25', description: 'Overwerk na 45 uur per week' },
    ],
  },
  {
    id: 'IB-H07-OPR', hirerId: 'H07', job: 'Operator', signedBy: 'F. Claassen', signedAt: '2025-11-27T13:10',
    rows: [
      ...scaleRows('5', '16.00', '16.50'),
      S('2025-01-01', 'ma-vr', '19:00', '24:00', '0.25', 'Ploegentoeslag late dienst'),
      S('2025-01-01', 'za', undefined, undefined, '0.5', 'Zaterdagtoeslag'),
      { rule: 'overtime', validFrom: '2025-01-01', overtimeAfterHours: 8, period: 'day', percent: '0.3', description: 'Overwerk na 8 uur per dag' },
    ],
  },
  {
    id: 'IB-H08-ORD', hirerId: 'H08', job: 'Orderpicker', signedBy: 'N. Oranje', signedAt: '2026-02-26T15:35',
    rows: [
      { rule: 'scale', validFrom: '2026-02-16', scale: 'I', scaleWage: '15.10', description: 'Schaalloon 2026' },
      S('2026-02-16', 'za', undefined, undefined, '0.25', 'Zaterdagtoeslag'),
    ],
  },
];

// ---- work patterns -----------------------------------------------------------------------------

export interface Shift {
  start?: string;
  end?: string;
  breakMinutes: number;
  /** Hours only (a day total without times). */
  hours?: number;
}
type Pattern = (weekIndex: number, day: number) => Shift | null;

const shift = (start: string, end: string, breakMinutes: number): Shift => ({ start, end, breakMinutes });
const days = (list: number[], s: Shift): Pattern => (_w, d) => (list.includes(d) ? s : null);
const MON_FRI = [1, 2, 3, 4, 5];

export const PATTERNS: Record<string, Pattern> = {
  logisticsDay: days(MON_FRI, shift('07:00', '15:30', 30)),
  logisticsEvening: days(MON_FRI, shift('15:00', '23:30', 30)),
  bakeryNight: days([1, 2, 3, 4], shift('22:00', '06:00', 30)),
  bakeryEarly: days(MON_FRI, shift('05:00', '13:30', 30)),
  qualityEarly: days(MON_FRI, shift('06:00', '14:30', 30)),
  cleaning: days(MON_FRI, shift('17:00', '21:00', 0)),
  construction: days(MON_FRI, shift('07:00', '16:00', 30)),
  contractor: days([1, 2, 3, 4], shift('07:00', '17:00', 30)),
  retail: days([3, 4, 5, 6], shift('12:00', '20:30', 30)),
  greenhouse: (w, d) => (d <= 5 ? shift('07:00', '16:30', 30) : d === 6 && w % 2 === 0 ? shift('07:00', '12:00', 0) : null),
  greenhouseHours: (w, d) => (d <= 5 ? { breakMinutes: 30, hours: 9 } : d === 6 && w % 2 === 0 ? { breakMinutes: 0, hours: 5 } : null),
  metalA: (w, d) => (d <= 5 ? (w % 2 === 0 ? shift('06:00', '14:30', 30) : shift('14:30', '23:00', 30)) : null),
  metalB: (w, d) => (d <= 5 ? (w % 2 === 1 ? shift('06:00', '14:30', 30) : shift('14:30', '23:00', 30)) : null),
  webshop: days(MON_FRI, shift('08:00', '16:30', 30)),
};

// ---- workers and placements -------------------------------------------------------------------

export interface AgreementDef {
  from: string;
  wage: string;
  rateMode: 'factor' | 'margin' | 'fixed';
  factor?: string;
  margin?: string;
  marginBasis?: 'of-rate' | 'markup';
  rate?: string;
}
export interface PlacementDef {
  id: string;
  workerId: string;
  hirerId: string;
  job: string;
  start: string;
  end?: string;
  contractHoursPerWeek?: number;
  phase?: string;
  phaseWeeks?: number;
  contractNumber?: number;
  pattern: keyof typeof PATTERNS;
  agreements: AgreementDef[];
  costCentre?: string;
}
export interface WorkerDef {
  id: string;
  name: string;
  type: 'dutch' | 'eu' | 'non-eu' | 'contractor';
  nationality: string;
  birthDate?: string;
  bsn?: string;
  iban: string;
  idDocumentExpires?: string;
  residencePermitExpires?: string;
  residencePermitWorkAllowed?: boolean;
  workPermitExpires?: string;
  wageTaxForm?: boolean;
  wageTaxCredit?: boolean;
  vcaExpires?: string;
  kvk?: string;
  vatNumber?: string;
  insuranceExpires?: string;
  insurancePaidUntil?: string;
  etScheme?: boolean;
  registeredAt: string;
}

interface Seat {
  name: string;
  type: WorkerDef['type'];
  nationality: string;
  hirerId: string;
  job: string;
  pattern: keyof typeof PATTERNS;
  contractHours?: number;
  /** Wage 2025 and 2026 (from 1 January); one value for a placement that starts in 2026. */
  wages: [string, string] | [string];
  start?: string;
  vca?: boolean;
  et?: boolean;
}

/** The workers in order of their number; the comment says where a deliberate mistake sits. */
const SEATS: Seat[] = [
  { name: 'Sanne de Vries', type: 'dutch', nationality: 'NL', hirerId: 'H01', job: 'Orderpicker', pattern: 'logisticsDay', contractHours: 24, wages: ['14.75', '15.20'] },
  { name: 'Mark Jansen', type: 'dutch', nationality: 'NL', hirerId: 'H01', job: 'Orderpicker', pattern: 'logisticsDay', contractHours: 24, wages: ['14.90', '15.35'] }, // HOURS_NOT_APPROVED
  { name: 'Lotte Bakker', type: 'dutch', nationality: 'NL', hirerId: 'H02', job: 'Productiemedewerker', pattern: 'bakeryEarly', contractHours: 20, wages: ['14.65', '15.10'] }, // ATW_BREAK_TOO_SHORT
  { name: 'Daan Visser', type: 'dutch', nationality: 'NL', hirerId: 'H01', job: 'Orderpicker', pattern: 'logisticsDay', contractHours: 24, wages: ['14.75', '15.20'] }, // SHIFT_OVERLAP
  { name: 'Fleur Smit', type: 'dutch', nationality: 'NL', hirerId: 'H05', job: 'Vakkenvuller', pattern: 'retail', contractHours: 16, wages: ['14.60', '14.95'] }, // HOURS_APPROVED_LATE
  { name: 'Bram Meijer', type: 'dutch', nationality: 'NL', hirerId: 'H01', job: 'Orderpicker', pattern: 'logisticsDay', contractHours: 24, wages: ['15.10', '15.55'] }, // HOURS_NEGATIVE
  { name: 'Eva de Boer', type: 'dutch', nationality: 'NL', hirerId: 'H02', job: 'Productiemedewerker', pattern: 'bakeryEarly', contractHours: 20, wages: ['14.65', '15.10'] },
  { name: 'Tim Mulder', type: 'dutch', nationality: 'NL', hirerId: 'H01', job: 'Orderpicker', pattern: 'logisticsEvening', contractHours: 24, wages: ['14.75', '15.20'] }, // DUPLICATE_LINE
  { name: 'Noor de Groot', type: 'dutch', nationality: 'NL', hirerId: 'H02', job: 'Productiemedewerker', pattern: 'bakeryEarly', contractHours: 20, wages: ['14.80', '15.25'] }, // HIRER_PAY_PROFILE_MISSING (new job in W10)
  { name: 'Lars Bos', type: 'dutch', nationality: 'NL', hirerId: 'H01', job: 'Heftruckchauffeur', pattern: 'logisticsDay', contractHours: 24, wages: ['15.60', '16.05'], vca: true }, // ATW_WEEK_TOO_LONG
  { name: 'Julia Vos', type: 'dutch', nationality: 'NL', hirerId: 'H03', job: 'Schoonmaker', pattern: 'cleaning', contractHours: 8, wages: ['14.50', '14.90'] }, // END_BEFORE_START
  { name: 'Ruben Peters', type: 'dutch', nationality: 'NL', hirerId: 'H01', job: 'Heftruckchauffeur', pattern: 'logisticsDay', contractHours: 24, wages: ['15.60', '16.05'], vca: true },
  { name: 'Iris Hendriks', type: 'dutch', nationality: 'NL', hirerId: 'H05', job: 'Vakkenvuller', pattern: 'retail', contractHours: 16, wages: ['14.60', '14.95'] }, // PUBLIC_HOLIDAY_WORK (2025-12-26)
  { name: 'Sem van Leeuwen', type: 'dutch', nationality: 'NL', hirerId: 'H01', job: 'Orderpicker', pattern: 'logisticsEvening', contractHours: 24, wages: ['14.75', '15.20'] }, // OUTSIDE_PLACEMENT (moves to H08)
  { name: 'Anouk Dekker', type: 'dutch', nationality: 'NL', hirerId: 'H03', job: 'Schoonmaker', pattern: 'cleaning', contractHours: 8, wages: ['14.50', '14.90'] },
  { name: 'Thijs Brouwer', type: 'dutch', nationality: 'NL', hirerId: 'H04', job: 'Timmerman', pattern: 'construction', contractHours: 24, wages: ['17.50', '18.20'], vca: true }, // HOURS_PROOF_MISSING
  { name: 'Maud de Wit', type: 'dutch', nationality: 'NL', hirerId: 'H05', job: 'Vakkenvuller', pattern: 'retail', contractHours: 16, wages: ['14.60', '14.95'] },
  { name: 'Jesse Dijkstra', type: 'dutch', nationality: 'NL', hirerId: 'H04', job: 'Timmerman', pattern: 'construction', contractHours: 24, wages: ['17.50', '18.20'], vca: true },
  { name: 'Esmée Smits', type: 'dutch', nationality: 'NL', hirerId: 'H05', job: 'Vakkenvuller', pattern: 'retail', contractHours: 16, wages: ['14.60', '14.95'] }, // moves to H08 in W10
  { name: 'Kevin de Graaf', type: 'dutch', nationality: 'NL', hirerId: 'H07', job: 'Operator', pattern: 'metalA', contractHours: 24, wages: ['16.20', '16.75'], vca: true }, // ATW_SHIFT_TOO_LONG
  { name: 'Piotr Kowalski', type: 'eu', nationality: 'PL', hirerId: 'H01', job: 'Orderpicker', pattern: 'logisticsDay', contractHours: 24, wages: ['14.75', '15.20'], et: true },
  { name: 'Anna Nowak', type: 'eu', nationality: 'PL', hirerId: 'H06', job: 'Oogstmedewerker', pattern: 'greenhouse', contractHours: 24, wages: ['14.55', '14.85'], et: true }, // BELOW_CONTRACT_HOURS
  { name: 'Tomasz Wiśniewski', type: 'eu', nationality: 'PL', hirerId: 'H01', job: 'Orderpicker', pattern: 'logisticsDay', contractHours: 24, wages: ['14.75', '15.20'], et: true },
  { name: 'Katarzyna Wójcik', type: 'eu', nationality: 'PL', hirerId: 'H06', job: 'Oogstmedewerker', pattern: 'greenhouse', contractHours: 24, wages: ['14.55', '14.85'], et: true },
  { name: 'Michał Kamiński', type: 'eu', nationality: 'PL', hirerId: 'H02', job: 'Productiemedewerker', pattern: 'bakeryNight', contractHours: 12, wages: ['14.65', '15.10'] },
  { name: 'Agnieszka Lewandowska', type: 'eu', nationality: 'PL', hirerId: 'H06', job: 'Oogstmedewerker', pattern: 'greenhouse', contractHours: 24, wages: ['14.55', '14.85'], et: true },
  { name: 'Paweł Zieliński', type: 'eu', nationality: 'PL', hirerId: 'H02', job: 'Productiemedewerker', pattern: 'bakeryNight', contractHours: 12, wages: ['14.65', '15.10'] },
  { name: 'Magdalena Szymańska', type: 'eu', nationality: 'PL', hirerId: 'H06', job: 'Oogstmedewerker', pattern: 'greenhouseHours', contractHours: 24, wages: ['14.55', '14.85'], et: true }, // HOURS_OVER_24
  { name: 'Andrei Popescu', type: 'eu', nationality: 'RO', hirerId: 'H02', job: 'Productiemedewerker', pattern: 'bakeryNight', contractHours: 12, wages: ['14.65', '15.10'] },
  { name: 'Elena Ionescu', type: 'eu', nationality: 'RO', hirerId: 'H06', job: 'Oogstmedewerker', pattern: 'greenhouse', contractHours: 24, wages: ['14.55', '14.85'], et: true },
  { name: 'Mihai Constantin', type: 'eu', nationality: 'RO', hirerId: 'H06', job: 'Oogstmedewerker', pattern: 'greenhouse', contractHours: 24, wages: ['14.55', '14.85'], et: true },
  { name: 'Ioana Dumitru', type: 'eu', nationality: 'RO', hirerId: 'H06', job: 'Oogstmedewerker', pattern: 'greenhouse', contractHours: 24, wages: ['14.55', '14.85'] },
  { name: 'Alexandru Stan', type: 'eu', nationality: 'RO', hirerId: 'H04', job: 'Grondwerker', pattern: 'construction', contractHours: 24, wages: ['16.25', '16.85'], vca: true },
  { name: 'Georgi Dimitrov', type: 'eu', nationality: 'BG', hirerId: 'H03', job: 'Schoonmaker', pattern: 'cleaning', contractHours: 8, wages: ['14.50', '14.90'] },
  { name: 'Mehmet Yılmaz', type: 'non-eu', nationality: 'TR', hirerId: 'H07', job: 'Operator', pattern: 'metalB', contractHours: 24, wages: ['16.20', '16.75'], vca: true }, // ATW_REST_SHORTENED, ATW_REST_TOO_SHORT
  { name: 'Priya Raghunathan', type: 'non-eu', nationality: 'IN', hirerId: 'H07', job: 'Operator', pattern: 'metalA', contractHours: 24, wages: ['16.40', '16.95'], vca: true }, // DOSSIER_INCOMPLETE (permit expired)
  { name: 'Erik Verhoeven', type: 'contractor', nationality: 'NL', hirerId: 'H04', job: 'Timmerman', pattern: 'contractor', wages: ['42.50', '43.50'], vca: true },
  // New in 2026-W10:
  { name: 'Yara Koster', type: 'dutch', nationality: 'NL', hirerId: 'H01', job: 'Orderpicker', pattern: 'logisticsDay', contractHours: 24, wages: ['15.20'], start: '2026-03-02' }, // WORKER_REGISTERED_LATE
  { name: 'Cristina Marin', type: 'eu', nationality: 'RO', hirerId: 'H06', job: 'Oogstmedewerker', pattern: 'greenhouse', contractHours: 24, wages: ['14.85'], start: '2026-03-02', et: true }, // BSN_INVALID
  { name: 'Bart Willems', type: 'dutch', nationality: 'NL', hirerId: 'H04', job: 'Betonwerker', pattern: 'construction', contractHours: 24, wages: ['17.60'], start: '2026-03-02', vca: true }, // HIRER_PAY_PROFILE_UNSIGNED
];

const workerNo = (name: string) => `W${String(SEATS.findIndex((s) => s.name === name) + 1).padStart(3, '0')}`;

/** Billing modes: mostly factor, some margin, some fixed rate (the three modes of DOMAIN.md §15). */
function agreementTerms(rng: Prng, index: number, wage: string, contractor: boolean): Omit<AgreementDef, 'from' | 'wage'> {
  if (contractor) return { rateMode: 'fixed', rate: dec(wage).mul('1.165').toDecimalPlaces(2).toFixed(2) };
  const kind = index % 7;
  if (kind === 2 || kind === 5) return { rateMode: 'margin', margin: rng.pick(['0.15', '0.16', '0.18']), marginBasis: index % 14 === 5 ? 'markup' : 'of-rate' };
  if (kind === 6) return { rateMode: 'fixed', rate: dec(wage).mul(rng.pick(['1.86', '1.9', '1.95'])).toDecimalPlaces(2).toFixed(2) };
  return { rateMode: 'factor', factor: rng.pick(['1.78', '1.82', '1.85', '1.88', '1.92']) };
}

export interface Agency {
  hirers: HirerDef[];
  workers: WorkerDef[];
  placements: PlacementDef[];
  profiles: ProfileDef[];
}

function clock(rng: Prng, fromHour: number, toHour: number): string {
  return `${String(rng.int(fromHour, toHour)).padStart(2, '0')}:${String(rng.int(0, 11) * 5).padStart(2, '0')}`;
}

export function buildAgency(rng: Prng): Agency {
  const workers: WorkerDef[] = [];
  const placements: PlacementDef[] = [];
  SEATS.forEach((seat, i) => {
    const id = `W${String(i + 1).padStart(3, '0')}`;
    // Existing placements started on a Monday between August and November 2025, so that no
    // worker comes near the end of phase A (52 worked weeks) in these 13 weeks.
    const start = seat.start ?? addDays('2025-08-04', 7 * rng.int(0, 16));
    const registered = `${addDays(start, -12)}T${clock(rng, 9, 16)}`;
    const contractor = seat.type === 'contractor';
    const birth = contractor ? undefined : `${rng.int(1966, 2003)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    const ibanCountry = seat.nationality === 'PL' && i % 2 === 1 ? 'PL' : seat.nationality === 'RO' && i % 2 === 0 ? 'RO' : seat.nationality === 'BG' ? 'BG' : 'NL';
    const w: WorkerDef = {
      id,
      name: seat.name,
      type: seat.type,
      nationality: seat.nationality,
      birthDate: birth,
      bsn: contractor ? undefined : fictionalBsn(rng),
      iban: fictionalIban(rng, ibanCountry),
      idDocumentExpires: `${rng.int(2027, 2034)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
      wageTaxForm: contractor ? undefined : true,
      wageTaxCredit: contractor ? undefined : seat.type === 'dutch' || i % 3 === 0,
      vcaExpires: seat.vca ? `${rng.int(2027, 2030)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}` : undefined,
      etScheme: seat.et ? true : undefined,
      registeredAt: registered,
    };
    if (seat.type === 'non-eu' && seat.nationality === 'TR') {
      // A residence permit that says "arbeid vrij toegestaan": no work permit needed.
      w.residencePermitExpires = '2027-05-31';
      w.residencePermitWorkAllowed = true;
    } else if (seat.type === 'non-eu') {
      // A combined permit (GVVA): residence and work permit with the same end date.
      w.residencePermitExpires = '2026-11-30';
      w.residencePermitWorkAllowed = false;
      w.workPermitExpires = '2026-11-30';
    }
    if (contractor) {
      w.kvk = `9${rng.digits(7)}`;
      w.vatNumber = `NL${rng.digits(9)}B${rng.digits(2)}`;
      w.insuranceExpires = '2026-12-31';
      w.insurancePaidUntil = '2026-12-31';
      w.idDocumentExpires = undefined;
    }
    workers.push(w);

    const agreements: AgreementDef[] = [];
    const terms = agreementTerms(rng, i, seat.wages[seat.wages.length - 1]!, contractor);
    if (seat.wages.length === 2) {
      agreements.push({ from: start, wage: seat.wages[0], ...agreementTerms(rng, i, seat.wages[0], contractor) });
      // New wage from 1 January 2026: the minimum wage and the hirers' scales went up.
      agreements.push({ from: '2026-01-01', wage: seat.wages[1], ...terms });
    } else {
      agreements.push({ from: start, wage: seat.wages[0], ...terms });
    }
    placements.push({
      id: `P${String(i + 1).padStart(3, '0')}`,
      workerId: id,
      hirerId: seat.hirerId,
      job: seat.job,
      start,
      contractHoursPerWeek: seat.contractHours,
      phase: contractor ? undefined : 'A',
      phaseWeeks: contractor ? undefined : rng.int(0, 8),
      contractNumber: contractor ? undefined : 1,
      pattern: seat.pattern,
      agreements,
    });
  });

  // Registration mistakes and document dates that belong to the deliberate mistakes.
  const byName = (name: string) => workers.find((w) => w.name === name)!;
  byName('Yara Koster').registeredAt = '2026-02-28T09:15'; // Saturday: after the Friday cut-off for 2026-W10
  byName('Cristina Marin').registeredAt = '2026-02-25T14:20';
  byName('Bart Willems').registeredAt = '2026-02-24T11:05';
  // The combined residence and work permit (GVVA) ran out on Sunday 1 March, before work week 2026-W10.
  const priya = byName('Priya Raghunathan');
  priya.residencePermitExpires = '2026-03-01';
  priya.workPermitExpires = '2026-03-01';
  // BSN with a typo: the last digit changed, so the 11-test fails.
  const cristina = byName('Cristina Marin');
  const good = cristina.bsn!;
  cristina.bsn = good.slice(0, 8) + String((Number(good[8]) + 1) % 10);
  if (isValidBsn(cristina.bsn)) throw new Error('the invalid BSN passes the 11-test');

  // Moves in 2026-W10: the old placement ends on Sunday 1 March, a new one starts on Monday 2 March.
  let next = placements.length + 1;
  const move = (name: string, hirerId: string, job: string, pattern: keyof typeof PATTERNS, wage: string, contractHours: number) => {
    const old = placements.find((p) => p.workerId === workerNo(name))!;
    old.end = '2026-03-01';
    const terms = agreementTerms(rng, next, wage, false);
    placements.push({
      id: `P${String(next++).padStart(3, '0')}`,
      workerId: old.workerId,
      hirerId,
      job,
      start: '2026-03-02',
      contractHoursPerWeek: contractHours,
      phase: 'A',
      // Weeks worked in phase A so far: those at the start of the old placement plus the weeks since.
      phaseWeeks: (old.phaseWeeks ?? 0) + Math.round((Date.parse('2026-03-02') - Date.parse(old.start)) / (7 * DAY)),
      contractNumber: 2,
      pattern,
      agreements: [{ from: '2026-03-02', wage, ...terms }],
    });
  };
  move('Sem van Leeuwen', 'H08', 'Orderpicker', 'webshop', '15.25', 24);
  move('Esmée Smits', 'H08', 'Orderpicker', 'webshop', '15.25', 24);
  move('Noor de Groot', 'H02', 'Kwaliteitscontroleur', 'qualityEarly', '16.20', 20); // no hirer pay profile for this job

  checkWages(workers, placements);
  return { hirers: HIRERS, workers, placements, profiles: PROFILES };
}

/** Every wage is at least the statutory minimum for the worker's age and the hirer's scale wage on every date. */
function checkWages(workers: WorkerDef[], placements: PlacementDef[]): void {
  for (const p of placements) {
    const w = workers.find((x) => x.id === p.workerId)!;
    if (w.type === 'contractor') continue;
    const profile = PROFILES.find((x) => x.hirerId === p.hirerId && x.job === p.job);
    for (let i = 0; i < p.agreements.length; i++) {
      const a = p.agreements[i]!;
      const until = p.agreements[i + 1]?.from ?? p.end ?? addDays(FIRST_MONDAY, WEEKS * 7 - 1);
      for (const day of [a.from < FIRST_MONDAY ? FIRST_MONDAY : a.from, addDays(until, -1), '2025-12-31', '2026-01-01']) {
        if (day < a.from || day >= until) continue;
        const age = Number(day.slice(0, 4)) - Number(w.birthDate!.slice(0, 4)) - (day.slice(5) < w.birthDate!.slice(5) ? 1 : 0);
        const wml = minimumWage(day, Math.min(age, 21));
        if (dec(a.wage).lt(wml)) throw new Error(`${p.id}: wage ${a.wage} below the minimum wage ${wml} on ${day}`);
        const scale = profile?.rows.filter((r) => r.rule === 'scale' && r.validFrom <= day).sort((x, y) => (x.validFrom < y.validFrom ? 1 : -1))[0];
        if (scale && dec(a.wage).lt(scale.scaleWage!)) throw new Error(`${p.id}: wage ${a.wage} below the scale wage ${scale.scaleWage} on ${day}`);
      }
    }
  }
}

// ---- hours -------------------------------------------------------------------------------------

export interface HourLineDef {
  workerId: string;
  workerName: string;
  placementId: string;
  date: string;
  start?: string;
  end?: string;
  endDate?: string;
  breakMinutes: number;
  hours?: string;
  status: 'entered' | 'submitted' | 'approved' | 'rejected';
  approvedBy?: string;
  approvedAt?: string;
  proof: boolean;
  note?: string;
  /** Set on the lines that carry a deliberate mistake. */
  mistake?: string;
}

function approvalOf(hirer: HirerDef, weekIndex: number): string {
  return `${addDays(mondayOf(weekIndex), 7)}T${hirer.approvalClock}`;
}

/** Does a shift touch a CAO public holiday (start day, or the next day for an overnight shift)? */
function touchesHoliday(date: string, s: Shift): boolean {
  if (isPublicHoliday(date)) return true;
  return s.start !== undefined && s.end !== undefined && minutes(s.end) <= minutes(s.start) && isPublicHoliday(addDays(date, 1));
}

export function buildHours(agency: Agency): HourLineDef[] {
  const lines: HourLineDef[] = [];
  const lastDay = addDays(FIRST_MONDAY, WEEKS * 7 - 1);
  for (const p of agency.placements) {
    const worker = agency.workers.find((w) => w.id === p.workerId)!;
    const hirer = agency.hirers.find((h) => h.id === p.hirerId)!;
    const pattern = PATTERNS[p.pattern]!;
    const from = p.start > FIRST_MONDAY ? p.start : FIRST_MONDAY;
    const to = p.end !== undefined && p.end < lastDay ? p.end : lastDay;
    for (let date = from; date <= to; date = addDays(date, 1)) {
      const w = weekIndexOf(date);
      const s = pattern(w, weekday(date));
      if (!s || touchesHoliday(date, s)) continue;
      lines.push({
        workerId: worker.id,
        workerName: worker.name,
        placementId: p.id,
        date,
        start: s.start,
        end: s.end,
        breakMinutes: s.breakMinutes,
        hours: s.hours === undefined ? undefined : String(s.hours),
        status: 'approved',
        approvedBy: hirer.contact,
        approvedAt: approvalOf(hirer, w),
        proof: hirer.requiresHoursProof,
      });
    }
  }
  return lines;
}

// ---- the deliberate mistakes -------------------------------------------------------------------

export interface Mistake {
  code: string;
  /** Where the mistake is made (the row a clerk fixes): a sheet key and a record id, or hours lines. */
  at: { sheet: 'Workers' | 'Hirers' | 'Placements' | 'HirerPay' | 'Hours'; id?: string; field?: string };
  week: string;
  what: Texts;
}

/**
 * Applies the deliberate mistakes to the clean lines (and lists the ones that live in other
 * sheets). Each mistake marks the hours lines it concerns with its code.
 */
export function applyMistakes(agency: Agency, lines: HourLineDef[]): Mistake[] {
  const W10 = weekIndexOf('2026-03-02');
  const wid = workerNo;
  const line = (name: string, date: string, placementId?: string) => {
    const found = lines.find((l) => l.workerId === wid(name) && l.date === date && (placementId === undefined || l.placementId === placementId));
    if (!found) throw new Error(`no line for ${name} on ${date}`);
    return found;
  };
  const weekLines = (name: string, weekIndex: number, placementId?: string) =>
    lines.filter((l) => l.workerId === wid(name) && weekIndexOf(l.date) === weekIndex && (placementId === undefined || l.placementId === placementId));
  const mark = (ls: HourLineDef[], code: string) => ls.forEach((l) => (l.mistake = code));
  const placementOf = (name: string, hirerId: string) => agency.placements.find((p) => p.workerId === wid(name) && p.hirerId === hirerId)!;
  const mistakes: Mistake[] = [];
  const add = (m: Mistake) => mistakes.push(m);

  // Hours not approved: Friday's line is still "submitted".
  const mark1 = line('Mark Jansen', '2026-03-06');
  Object.assign(mark1, { status: 'submitted', approvedBy: undefined, approvedAt: undefined });
  mark([mark1], 'HOURS_NOT_APPROVED');
  add({ code: 'HOURS_NOT_APPROVED', at: { sheet: 'Hours', field: 'status' }, week: TARGET_WEEK, what: { nl: 'Mark Jansen, vrijdag 6 maart: status Ingediend, niet goedgekeurd.', en: 'Mark Jansen, Friday 6 March: status Submitted, not approved.' } });

  // Approved after Tuesday 13:00.
  const fleur = line('Fleur Smit', '2026-03-07');
  fleur.approvedAt = '2026-03-10T14:05';
  mark([fleur], 'HOURS_APPROVED_LATE');
  add({ code: 'HOURS_APPROVED_LATE', at: { sheet: 'Hours', field: 'approvedAt' }, week: TARGET_WEEK, what: { nl: 'Fleur Smit, zaterdag 7 maart: goedgekeurd dinsdag 10 maart 14:05, na de deadline van 13:00.', en: 'Fleur Smit, Saturday 7 March: approved Tuesday 10 March 14:05, after the 13:00 deadline.' } });

  // Proof missing where the hirer (construction) requires it.
  const thijs = line('Thijs Brouwer', '2026-03-05');
  thijs.proof = false;
  mark([thijs], 'HOURS_PROOF_MISSING');
  add({ code: 'HOURS_PROOF_MISSING', at: { sheet: 'Hours', field: 'proof' }, week: TARGET_WEEK, what: { nl: 'Thijs Brouwer, donderdag 5 maart: geen getekend urenbriefje, terwijl Bouwbedrijf Hendriks dat eist.', en: 'Thijs Brouwer, Thursday 5 March: no signed timesheet, which Bouwbedrijf Hendriks requires.' } });

  mark(weekLines('Yara Koster', W10), 'WORKER_REGISTERED_LATE');
  add({ code: 'WORKER_REGISTERED_LATE', at: { sheet: 'Workers', id: wid('Yara Koster'), field: 'registeredAt' }, week: TARGET_WEEK, what: { nl: 'Yara Koster ingeschreven zaterdag 28 februari 09:15, na de vrijdag-deadline voor week 10.', en: 'Yara Koster registered Saturday 28 February 09:15, after the Friday cut-off for week 10.' } });

  const h08 = agency.placements.filter((p) => p.hirerId === 'H08').map((p) => p.id);
  mark(lines.filter((l) => h08.includes(l.placementId)), 'HIRER_REGISTERED_LATE');
  add({ code: 'HIRER_REGISTERED_LATE', at: { sheet: 'Hirers', id: 'H08', field: 'registeredAt' }, week: TARGET_WEEK, what: { nl: 'Webwinkel Oranjepakket ingeschreven zaterdag 28 februari 09:40, na de vrijdag-deadline voor week 10.', en: 'Webwinkel Oranjepakket registered Saturday 28 February 09:40, after the Friday cut-off for week 10.' } });

  mark(weekLines('Cristina Marin', W10), 'BSN_INVALID');
  add({ code: 'BSN_INVALID', at: { sheet: 'Workers', id: wid('Cristina Marin'), field: 'bsn' }, week: TARGET_WEEK, what: { nl: 'Cristina Marin: BSN met een tikfout, voldoet niet aan de elfproef (de uitzender schoot zelf voor).', en: 'Cristina Marin: BSN with a typo, fails the 11-test (the agency advanced pay itself).' } });

  mark(weekLines('Priya Raghunathan', W10), 'DOSSIER_INCOMPLETE');
  add({ code: 'DOSSIER_INCOMPLETE', at: { sheet: 'Workers', id: wid('Priya Raghunathan'), field: 'residencePermitExpires' }, week: TARGET_WEEK, what: { nl: 'Priya Raghunathan: gecombineerde verblijfs- en werkvergunning (GVVA) verlopen op 1 maart 2026; voorschot betaald.', en: 'Priya Raghunathan: combined residence and work permit (GVVA) expired on 1 March 2026; advance paid.' } });

  const noorNew = agency.placements.find((p) => p.workerId === wid('Noor de Groot') && p.job === 'Kwaliteitscontroleur')!;
  mark(weekLines('Noor de Groot', W10, noorNew.id), 'HIRER_PAY_PROFILE_MISSING');
  add({ code: 'HIRER_PAY_PROFILE_MISSING', at: { sheet: 'Placements', id: noorNew.id, field: 'job' }, week: TARGET_WEEK, what: { nl: 'Noor de Groot, nieuwe functie Kwaliteitscontroleur bij Bakkerij Korenaar: geen inlenersbeloning voor die functie.', en: 'Noor de Groot, new job Quality inspector at Bakkerij Korenaar: no hirer pay profile for that job.' } });

  mark(weekLines('Bart Willems', W10), 'HIRER_PAY_PROFILE_UNSIGNED');
  add({ code: 'HIRER_PAY_PROFILE_UNSIGNED', at: { sheet: 'HirerPay', id: 'IB-H04-BET', field: 'signedAt' }, week: TARGET_WEEK, what: { nl: 'Profiel Betonwerker van Bouwbedrijf Hendriks is ingevuld maar niet ondertekend; Bart Willems werkt erop.', en: 'Profile Concrete worker of Bouwbedrijf Hendriks is filled in but not signed; Bart Willems works under it.' } });

  // Sem moved to H08 on 2 March; Monday's hours were booked on his old H01 placement (ended 1 March).
  const semOld = placementOf('Sem van Leeuwen', 'H01');
  const semMonday = line('Sem van Leeuwen', '2026-03-02');
  Object.assign(semMonday, { placementId: semOld.id, start: '07:00', end: '15:30', approvedBy: 'R. van der Linden', approvedAt: '2026-03-09T09:10', mistake: 'OUTSIDE_PLACEMENT' });
  add({ code: 'OUTSIDE_PLACEMENT', at: { sheet: 'Hours', field: 'placementId' }, week: TARGET_WEEK, what: { nl: 'Sem van Leeuwen, maandag 2 maart: geboekt op zijn oude plaatsing bij Van der Linden, die op 1 maart eindigde.', en: 'Sem van Leeuwen, Monday 2 March: booked on his old placement at Van der Linden, which ended on 1 March.' } });

  // Overlap: an extra evening line that starts before the day shift ends.
  const daan = line('Daan Visser', '2026-03-04');
  const daanExtra: HourLineDef = { ...daan, start: '15:00', end: '18:00', breakMinutes: 15, note: 'Extra inzet piekdrukte', mistake: 'SHIFT_OVERLAP' };
  lines.push(daanExtra);
  add({ code: 'SHIFT_OVERLAP', at: { sheet: 'Hours', field: 'start' }, week: TARGET_WEEK, what: { nl: 'Daan Visser, woensdag 4 maart: extra dienst 15:00–18:00 overlapt de dagdienst 07:00–15:30.', en: 'Daan Visser, Wednesday 4 March: extra shift 15:00–18:00 overlaps the day shift 07:00–15:30.' } });

  // A 12,25-hour shift (06:00–19:00, 45 min break); 11 hours of rest remain in its 24 hours, and there is no shift on Friday.
  const kevin = line('Kevin de Graaf', '2026-03-05');
  Object.assign(kevin, { start: '06:00', end: '19:00', breakMinutes: 45, mistake: 'ATW_SHIFT_TOO_LONG' });
  lines.splice(lines.indexOf(line('Kevin de Graaf', '2026-03-06')), 1);
  add({ code: 'ATW_SHIFT_TOO_LONG', at: { sheet: 'Hours', field: 'end' }, week: TARGET_WEEK, what: { nl: 'Kevin de Graaf, donderdag 5 maart: 06:00–19:00 met 45 min pauze = 12,25 uur arbeid (max. 12).', en: 'Kevin de Graaf, Thursday 5 March: 06:00–19:00 with a 45 min break = 12.25 hours of work (max. 12).' } });

  // 63 hours in a week: six days of 10,5 hours.
  const lars = weekLines('Lars Bos', W10);
  for (const l of lars) Object.assign(l, { start: '06:00', end: '17:15', breakMinutes: 45 });
  const larsSat: HourLineDef = { ...lars[0]!, date: '2026-03-07' };
  lines.push(larsSat);
  mark([...lars, larsSat], 'ATW_WEEK_TOO_LONG');
  add({ code: 'ATW_WEEK_TOO_LONG', at: { sheet: 'Hours', field: 'hours' }, week: TARGET_WEEK, what: { nl: 'Lars Bos, week 10: zes diensten van 06:00–17:15 met 45 min pauze = 63 uur (max. 60).', en: 'Lars Bos, week 10: six shifts 06:00–17:15 with a 45 min break = 63 hours (max. 60).' } });

  // Late shifts until 23:00 followed by early shifts at 07:30 twice in one week: 8,5 hours of rest.
  // The first shortening (8 to 11 hours) is allowed once per 7 × 24 hours (an info finding), the second is not.
  const mehmetTue = line('Mehmet Yılmaz', '2026-03-03');
  const mehmetThu = line('Mehmet Yılmaz', '2026-03-05');
  Object.assign(mehmetTue, { start: '07:30', end: '16:00', note: 'Geruild met vroege dienst' });
  Object.assign(mehmetThu, { start: '07:30', end: '16:00', note: 'Geruild met vroege dienst' });
  // The line that starts too soon carries the mistake; the shift before it is listed with it.
  mark([mehmetTue], 'ATW_REST_SHORTENED');
  mark([mehmetThu], 'ATW_REST_TOO_SHORT');
  add({ code: 'ATW_REST_SHORTENED', at: { sheet: 'Hours', field: 'start' }, week: TARGET_WEEK, what: { nl: 'Mehmet Yılmaz, maandag 2 maart tot 23:00, dinsdag om 07:30 weer aan het werk: 8,5 uur rust; eenmaal per week toegestaan (info).', en: 'Mehmet Yılmaz, Monday 2 March until 23:00, back at work Tuesday 07:30: 8.5 hours of rest; allowed once a week (info).' } });
  add({ code: 'ATW_REST_TOO_SHORT', at: { sheet: 'Hours', field: 'start' }, week: TARGET_WEEK, what: { nl: 'Mehmet Yılmaz, woensdag 4 maart tot 23:00, donderdag om 07:30 weer aan het werk: voor de tweede keer die week maar 8,5 uur rust (min. 11).', en: 'Mehmet Yılmaz, Wednesday 4 March until 23:00, back at work Thursday 07:30: for the second time that week only 8.5 hours of rest (min. 11).' } });

  const lotte = line('Lotte Bakker', '2026-03-03');
  Object.assign(lotte, { breakMinutes: 15, mistake: 'ATW_BREAK_TOO_SHORT' });
  add({ code: 'ATW_BREAK_TOO_SHORT', at: { sheet: 'Hours', field: 'breakMinutes' }, week: TARGET_WEEK, what: { nl: 'Lotte Bakker, dinsdag 3 maart: 05:00–13:30 met 15 min pauze (8,25 uur arbeid vraagt 30 min).', en: 'Lotte Bakker, Tuesday 3 March: 05:00–13:30 with a 15 min break (8.25 hours of work needs 30 min).' } });

  // Only Monday and Tuesday worked (18 hours) against 24 contract hours.
  for (const d of ['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07']) {
    const l = lines.find((x) => x.workerId === wid('Anna Nowak') && x.date === d);
    if (l) lines.splice(lines.indexOf(l), 1);
  }
  mark(weekLines('Anna Nowak', W10), 'BELOW_CONTRACT_HOURS');
  add({ code: 'BELOW_CONTRACT_HOURS', at: { sheet: 'Placements', id: placementOf('Anna Nowak', 'H06').id, field: 'contractHoursPerWeek' }, week: TARGET_WEEK, what: { nl: 'Anna Nowak, week 10: 18 uur gewerkt bij 24 contracturen.', en: 'Anna Nowak, week 10: 18 hours worked against 24 contract hours.' } });

  // Boxing Day 2025 (Friday 26 December) in the supermarket.
  const iris = placementOf('Iris Hendriks', 'H05');
  const irisHoliday: HourLineDef = {
    workerId: wid('Iris Hendriks'), workerName: 'Iris Hendriks', placementId: iris.id, date: '2025-12-26', start: '10:00', end: '16:30', breakMinutes: 30,
    status: 'approved', approvedBy: 'L. Verbeek', approvedAt: approvalOf(HIRERS[4]!, weekIndexOf('2025-12-26')), proof: false, note: 'Koopzondag-rooster 2e kerstdag', mistake: 'PUBLIC_HOLIDAY_WORK',
  };
  lines.push(irisHoliday);
  add({ code: 'PUBLIC_HOLIDAY_WORK', at: { sheet: 'Hours', field: 'date' }, week: '2025-W52', what: { nl: 'Iris Hendriks werkte op Tweede Kerstdag (vrijdag 26 december 2025).', en: 'Iris Hendriks worked on Boxing Day (Friday 26 December 2025).' } });

  // The same line imported twice.
  const tim = line('Tim Mulder', '2026-03-05');
  const timCopy: HourLineDef = { ...tim, mistake: 'DUPLICATE_LINE' };
  lines.push(timCopy);
  add({ code: 'DUPLICATE_LINE', at: { sheet: 'Hours', field: 'start' }, week: TARGET_WEEK, what: { nl: 'Tim Mulder, donderdag 5 maart: dezelfde dienst twee keer ingelezen.', en: 'Tim Mulder, Thursday 5 March: the same shift imported twice.' } });

  // Start and end swapped.
  const julia = line('Julia Vos', '2026-03-04');
  Object.assign(julia, { start: '21:00', end: '17:00', mistake: 'END_BEFORE_START' });
  add({ code: 'END_BEFORE_START', at: { sheet: 'Hours', field: 'end' }, week: TARGET_WEEK, what: { nl: 'Julia Vos, woensdag 4 maart: begintijd 21:00 en eindtijd 17:00 omgewisseld.', en: 'Julia Vos, Wednesday 4 March: start 21:00 and end 17:00 swapped.' } });

  // 26 hours typed for 6 on one day-total line (and no Friday line that week).
  const magda = line('Magdalena Szymańska', '2026-03-05');
  Object.assign(magda, { hours: '26', mistake: 'HOURS_OVER_24' });
  lines.splice(lines.indexOf(line('Magdalena Szymańska', '2026-03-06')), 1);
  add({ code: 'HOURS_OVER_24', at: { sheet: 'Hours', field: 'hours' }, week: TARGET_WEEK, what: { nl: 'Magdalena Szymańska, donderdag 5 maart: 26 uur op één dag.', en: 'Magdalena Szymańska, Thursday 5 March: 26 hours on one day.' } });

  // A negative correction line.
  const bram = line('Bram Meijer', '2026-03-06');
  const bramCorrection: HourLineDef = { ...bram, start: undefined, end: undefined, breakMinutes: 0, hours: '-2', note: 'Correctie: 2 uur te veel geboekt in week 9', mistake: 'HOURS_NEGATIVE' };
  lines.push(bramCorrection);
  add({ code: 'HOURS_NEGATIVE', at: { sheet: 'Hours', field: 'hours' }, week: TARGET_WEEK, what: { nl: 'Bram Meijer, vrijdag 6 maart: correctieregel met −2 uur.', en: 'Bram Meijer, Friday 6 March: correction line of −2 hours.' } });

  return mistakes;
}

/** Sorted as a portal export: by date, then worker, then start time; each line gets an id. */
export function sortLines(lines: HourLineDef[]): HourLineDef[] {
  return [...lines].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1)
      : a.workerId !== b.workerId ? (a.workerId < b.workerId ? -1 : 1)
        : (a.start ?? '') < (b.start ?? '') ? -1 : (a.start ?? '') > (b.start ?? '') ? 1 : 0,
  );
}
