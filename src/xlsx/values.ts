// Cell values as a person reads them: Excel's date serials as ISO dates, "d" cells as their date.

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A date serial (days since 1899-12-30, or 1904-01-01) as "2024-03-14" or "2024-03-14T09:30:15". */
export function serialToIso(serial: number, date1904: boolean): string {
  return isoOfDate(new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000)));
}

/** A UTC date as "2024-03-14", with the time when it has one; '' for an invalid date. */
export function isoOfDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const date = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h || m || s ? `${date}T${pad2(h)}:${pad2(m)}:${pad2(s)}` : date;
}

/** A t="d" cell's ISO 8601 text, shortened to the date when it has no time of day. */
export function isoCellDate(text: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T00:00(?::00(?:\.0+)?)?Z?)?$/.exec(text.trim());
  return m ? m[1] : text.trim();
}
