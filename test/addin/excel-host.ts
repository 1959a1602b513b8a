/**
 * A stand-in for what Excel gives the functions bundle: the global CustomFunctions (associate,
 * Error, ErrorCode as in @types/custom-functions-runtime 1.6.13) and optionally Office with a
 * display language. The built addin/dist/functions.js runs in a fresh node:vm context, as in the
 * add-in's shared runtime, and its associate calls are recorded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { DIST, ensureFunctionsBuilt } from './build.js';

export class FakeExcelError {
  constructor(
    public readonly code: string,
    public readonly message?: string,
  ) {}
}

export const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

export type ExcelFunction = (...args: unknown[]) => unknown;

export interface LoadedFunctions {
  /** Function id (as in functions.json) → the function Excel would call. */
  readonly associated: ReadonlyMap<string, ExcelFunction>;
  /** Calls `=BO.<id>(...args)` as Excel would. */
  call(id: string, ...args: unknown[]): unknown;
}

export interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    description: string;
    helpUrl?: string;
    parameters: { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean; repeating?: boolean }[];
    result: { type?: string; dimensionality?: string };
  }[];
}

export function readMetadata(): FunctionsMetadata {
  ensureFunctionsBuilt();
  return JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8')) as FunctionsMetadata;
}

/** Loads the built bundle as Excel's shared runtime would; `displayLanguage` sets Office's. */
export function loadFunctions(options: { displayLanguage?: string } = {}): LoadedFunctions {
  ensureFunctionsBuilt();
  const code = readFileSync(join(DIST, 'functions.js'), 'utf8');
  const associated = new Map<string, ExcelFunction>();
  const CustomFunctions = {
    Error: FakeExcelError,
    ErrorCode,
    associate(id: string, fn: ExcelFunction) {
      if (associated.has(id)) throw new Error(`associate called twice for ${id}`);
      associated.set(id, fn);
    },
  };
  const globals: Record<string, unknown> = { CustomFunctions };
  if (options.displayLanguage) globals.Office = { context: { displayLanguage: options.displayLanguage } };
  vm.runInContext(code, vm.createContext(globals), { filename: 'functions.js' });
  return {
    associated,
    call(id, ...args) {
      const fn = associated.get(id);
      if (!fn) throw new Error(`BO.${id} is not associated`);
      // Results cross the vm boundary: plain data comes back as JSON would carry it.
      return fn(...args);
    },
  };
}

/** Cell values of a spilled result, with error cells as "#VALUE!"-style codes. */
export function cells(result: unknown): unknown[][] {
  if (!Array.isArray(result)) throw new Error(`expected a spilled array, got ${String(result)}`);
  return result.map((row: unknown[]) => row.map((v) => (v instanceof FakeExcelError ? v.code : v)));
}
