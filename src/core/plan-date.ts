// The date of a plan, read from its title lines ("Kèm theo Kế hoạch số 123/KH-UBND ngày
// 09/10/2020", "ngày 15 tháng 3 năm 2021"), so the law in force on that day can be applied.
// Only a date introduced by "ngày" counts: a title's other numbers (document numbers, periods
// "2021 - 2025", amounts) are not dates.

export interface PlanDate {
  /** ISO date, e.g. "2020-10-09". */
  date: string;
  /** The words it was read from, as written ("ngày 09/10/2020"). */
  text: string;
}

const DATE = /ng(?:à|a)y\s+(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|th(?:á|a)ng\s+(\d{1,2})\s*(?:,\s*)?n(?:ă|a)m\s+(\d{4}))/giu;

function iso(day: number, month: number, year: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first valid date in the title lines, top to bottom; null when none is written. */
export function planDate(titles: readonly string[]): PlanDate | null {
  for (const line of titles) {
    const text = line.normalize('NFC');
    for (const m of text.matchAll(DATE)) {
      const day = Number(m[1]);
      const month = Number(m[2] ?? m[4]);
      const year = Number(m[3] ?? m[5]);
      const date = iso(day, month, year);
      if (date) return { date, text: m[0].replace(/\s+/g, ' ') };
    }
  }
  return null;
}
