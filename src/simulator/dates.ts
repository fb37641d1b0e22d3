// Excel's two date systems. 1900: serial 1 is 1900-01-01 and serial 60 is the 1900-02-29 that
// never was (kept from Lotus 1-2-3). 1904: serial 0 is 1904-01-01. The same serial is 1,462 days
// later in the 1904 system.
const DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30); // serial 61 and later count from here
const EPOCH_1904 = Date.UTC(1904, 0, 1);

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number;
}

/** The serial Excel stores for a date (month and day may overflow, as DATE(2027,13,1) does). */
export function dateToSerial(year: number, month: number, day: number, date1904: boolean): number {
  const t = Date.UTC(year, month - 1, day);
  if (date1904) return Math.round((t - EPOCH_1904) / DAY);
  const serial = Math.round((t - EPOCH_1900) / DAY);
  return serial < 61 ? serial - 1 : serial; // before March 1900 there is no phantom leap day
}

/** The date a serial shows in a workbook of the given date system (the day part only). */
export function serialToDate(serial: number, date1904: boolean): CalendarDate {
  const whole = Math.floor(serial);
  if (!date1904 && whole === 60) return { year: 1900, month: 2, day: 29 };
  const days = date1904 ? whole : whole < 60 ? whole + 1 : whole;
  const d = new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + days * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
