/**
 * "Already reported for this record and week?" as one byte per record and week, for findings
 * that are given once per worker (hirer, placement) and work week. Weeks are counted from the
 * first Monday of the lines.
 */
export class WeekMarks {
  private readonly marks: Uint8Array;
  private readonly weeks: number;

  constructor(records: number, private readonly firstMonday: number, lastMonday: number) {
    this.weeks = Number.isFinite(firstMonday) ? Math.floor((lastMonday - firstMonday) / 7) + 1 : 0;
    this.marks = new Uint8Array(Math.max(records * this.weeks, 0));
  }

  /** Marks the record's week; true the first time. */
  first(record: number, monday: number): boolean {
    const k = record * this.weeks + (monday - this.firstMonday) / 7;
    if (this.marks[k] === 1) return false;
    this.marks[k] = 1;
    return true;
  }
}
