import { addWeeks, formatIsoWeek, type Finding } from '@backofficer/core';

/** `n` consecutive ISO weeks from `first`, each with `hours` worked: [{ week: '2024-W01', hours: 8 }, …]. */
export function everyWeek(first: string, n: number, hours = 8): { week: string; hours: number }[] {
  return Array.from({ length: n }, (_, i) => ({ week: formatIsoWeek(addWeeks(first, i)), hours }));
}

export const codes = (findings: readonly Finding[]): string[] => findings.map((f) => f.code);
