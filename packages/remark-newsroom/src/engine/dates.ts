// Building an Intl formatter costs far more than formatting, and formatting
// more than a lookup: one formatter per locale and style, one string per date.
const formatters = new Map<string, Intl.DateTimeFormat>();
/** Per locale, each date as written: looked up without building a key string per block. */
const formatted = new Map<string, Map<string, string>>();

const writtenTime = /T(\d{2}):(\d{2})/;

/**
 * `19. Juni 2024` / `June 19, 2024`; with a time, `27. November 2026 um 16:20`:
 * the date and time as written, in the zone of the written offset, never
 * shifted to the zone of the machine that builds the page.
 */
export function formatDate(iso: string, locale: string): string {
  let dates = formatted.get(locale);
  if (!dates) {
    dates = new Map();
    formatted.set(locale, dates);
  }
  const known = dates.get(iso);
  if (known !== undefined) return known;
  const time = writtenTime.exec(iso);
  const style = time ? 'time' : 'date';
  let formatter = formatters.get(`${locale} ${style}`);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      ...(time ? { timeStyle: 'short' as const } : {}),
      timeZone: 'UTC',
    });
    formatters.set(`${locale} ${style}`, formatter);
  }
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  // The wall-clock time as written, read as UTC and formatted in UTC: the offset never moves it.
  const [hours, minutes] = time ? [Number(time[1]), Number(time[2])] : [0, 0];
  const text = formatter.format(new Date(Date.UTC(year, month - 1, day, hours, minutes)));
  if (dates.size > 10_000) dates.clear();
  dates.set(iso, text);
  return text;
}
