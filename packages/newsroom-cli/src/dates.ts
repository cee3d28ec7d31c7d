import { isIsoDate } from 'remark-newsroom/engine';

/**
 * Dates as the frontmatter and the update block take them: ISO 8601, a date
 * or a date and time (with an optional offset), and a real day of the
 * calendar. The pattern is the engine's, one for the whole repository.
 */
export { isIsoDate };

/** The calendar day a date is written for (`2024-06-18T22:30:00+02:00` → 2024-06-18), and its offset if it has one. */
export function dayAndOffset(value: string): { day: string; offset?: string } | undefined {
  if (!isIsoDate(value)) return undefined;
  const day = value.slice(0, 10);
  const zone = /(Z|[+-]\d{2}:?\d{2})$/.exec(value.slice(10))?.[1];
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
