export { checkBsn, isValidBsn, bsnElevenTestSum } from './bsn.js';
export { checkIban, isValidIban, ibanMod97, IBAN_LENGTHS } from './iban.js';
export { checkKvk, isValidKvk } from './kvk.js';
export type { IdentityCheck, IdentityProblem } from './check.js';
// The masks live next to the error helpers (every message passes through them).
export { maskBsn, maskIban } from '../errors/index.js';
