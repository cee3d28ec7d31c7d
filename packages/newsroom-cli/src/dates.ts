/**
 * Dates as the frontmatter and the update block take them: ISO 8601, a date
 * or a date and time (with an optional offset), and a real day of the
 * calendar (`2024-02-30` is refused, not moved to March).
 */
const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function isIsoDate(value: string): boolean {
  const match = iso.exec(value);
  if (!match) return false;
  const [year, month, day, hour = '0', minute = '0', second = '0'] = match.slice(1).map((part) => part ?? undefined);
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day) &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60
  );
}

/** The calendar day a date is written for (`2024-06-18T22:30:00+02:00` → 2024-06-18), and its offset if it has one. */
export function dayAndOffset(value: string): { day: string; offset?: string } | undefined {
  const match = iso.exec(value);
  if (!match || !isIsoDate(value)) return undefined;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  const zone = match[7];
  if (!zone) return { day };
  return { day, offset: zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') };
}

/** The day after a calendar day. */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The UTC offset of a time zone at a local time, e.g. `+02:00` for Europe/Berlin in June. */
export function zoneOffset(day: string, time: string, zone: string): string {
  // The offset at the UTC instant of the same wall time is the zone's offset, except within an hour of a change.
  const instant = new Date(`${day}T${time}:00Z`);
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = name?.replace('GMT', '') ?? '';
  return offset === '' ? 'Z' : offset;
}
