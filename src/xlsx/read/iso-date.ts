/**
 * A `t="d"` cell's ISO 8601 text as Excel stores dates: serial days, the time of day as the
 * fraction. Read from the written digits alone, never through Date's local-time methods, so the
 * result does not depend on the machine's time zone; a zone suffix (Z, +07:00) is ignored, as
 * Excel has no zones. The 1900 system keeps Lotus's 29 February 1900: 1900-03-01 is day 61.
 */

const ISO = /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:(?:^|T)(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;
const DAY_MS = 86_400_000;
/** Days from 1899-12-30 (serial 0 for dates from March 1900 on) to 1970-01-01. */
const EPOCH_1970 = 25569;
/** Serial of 1904-01-01 in the 1900 system: a 1904-system workbook's day 0. */
const EPOCH_1904 = 1462;

/** Serial days, or null when the text is not an ISO date or time Excel can hold. */
export function isoToSerial(text: string, date1904 = false): number | null {
  const m = ISO.exec(text.trim());
  if (!m || (m[1] === undefined && m[4] === undefined)) return null;
  let days = 0;
  if (m[1] !== undefined) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const utc = Date.UTC(y, mo - 1, d);
    const back = new Date(utc);
    if (mo < 1 || mo > 12 || back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
    days = utc / DAY_MS + EPOCH_1970;
    // Before the phantom 29 February 1900, serials are one less.
    if (days < 61) days -= 1;
    if (date1904) days -= EPOCH_1904;
    if (days < (date1904 ? 0 : 1)) return null;
  }
  if (m[4] !== undefined) {
    const h = Number(m[4]);
    const min = Number(m[5]);
    const s = m[6] !== undefined ? Number(m[6]) : 0;
    if (h > 23 || min > 59 || s >= 60) return null;
    days += (h * 3600 + min * 60 + s) / 86400;
  }
  return days;
}
