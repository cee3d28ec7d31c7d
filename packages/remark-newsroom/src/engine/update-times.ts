import type { BlockInput, UpdateRecord } from './types.js';

/**
 * Update times as text: parsing `time="…"`, the anchors and order they give,
 * and frontmatter `published`. The document pass orders updates with these
 * before any block renders; the update and summary blocks format them.
 */

/** A parsed update time: the wall clock as written, and the instant it names. */
export interface UpdateTime {
  /** `2024-06-19` */
  date: string;
  hour: number;
  minute: number;
  /** Milliseconds since the epoch. */
  instant: number;
}

// Date, hours and minutes, optional seconds, and an offset: without one the
// moment is ambiguous (the reader's zone? the server's?), so it is required.
const updateTimePattern =
  /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

// The pass reads each update's time several times (feed order, record order,
// the block, a summary's list): parsed once per string, read-only after.
const parsed = new Map<string, Readonly<UpdateTime> | undefined>();

/** `2024-06-19T09:15+02:00` → its parts and instant; undefined unless valid (rejects `2024-02-30`). */
export function parseUpdateTime(value: string): Readonly<UpdateTime> | undefined {
  if (parsed.has(value)) return parsed.get(value);
  const time = parseUncached(value);
  if (parsed.size > 10_000) parsed.clear();
  parsed.set(value, time && Object.freeze(time));
  return time;
}

function parseUncached(value: string): UpdateTime | undefined {
  const match = updateTimePattern.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, hh, mm, ss, zone] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string?,
    string?,
  ];
  const [year, month, day, hour, minute] = [y, mo, d, hh, mm].map(Number) as [number, number, number, number, number];
  const utc = Date.UTC(year, month - 1, day, hour, minute, Number(ss ?? 0));
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCMonth() !== month - 1) return undefined;
  const offset = zone === 'Z' || zone === undefined ? 0 : offsetMinutes(zone);
  return { date: `${y}-${mo}-${d}`, hour, minute, instant: utc - offset * 60_000 };
}

function offsetMinutes(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const [hours, minutes] = zone.slice(1).split(':').map(Number) as [number, number];
  return sign * (hours * 60 + minutes);
}

/** `update-2024-06-19t0915`: the wall clock as written, so the anchor reads like the label. */
export function updateId(time: UpdateTime): string {
  return `update-${time.date}t${pad(time.hour)}${pad(time.minute)}`;
}

export function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The record of one dated update. */
export function recordOf(input: BlockInput, written: string, id: string): UpdateRecord {
  const title = input.labelText.trim();
  return { time: written.trim(), id, ...(title ? { title } : {}), text: input.blockTexts.join('\n') };
}

/** `update-2024-06-19t0915`, then `…-2`, `…-3` for later updates at the same wall-clock minute. */
export function uniqueId(taken: Map<string, number>, base: string): string {
  const count = (taken.get(base) ?? 0) + 1;
  taken.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}

/**
 * The minute an update stands at: order goes by the minute, so two updates of
 * the same minute (reported) keep their source order, seconds or not.
 */
export function minuteOf(time: UpdateTime): number {
  return Math.floor(time.instant / 60_000);
}

/**
 * Newest first, stable: updates of the same minute keep their source order,
 * undated ones go last.
 */
export function newestFirst<T>(items: readonly T[], instantOf: (item: T) => number | undefined): T[] {
  const keyed = items.map((item, index) => ({ item, index, instant: instantOf(item) }));
  keyed.sort((a, b) => {
    if (a.instant === b.instant) return a.index - b.index;
    if (a.instant === undefined) return 1;
    if (b.instant === undefined) return -1;
    return b.instant - a.instant;
  });
  return keyed.map((entry) => entry.item);
}

/**
 * The dated updates of a document, newest first, as their blocks will record
 * them (the same anchors, given out in document order). The document pass
 * calls it before any block renders, so a summary can list the latest.
 */
export function collectUpdates(inputs: readonly BlockInput[]): UpdateRecord[] {
  const ids = new Map<string, number>();
  const records: { record: UpdateRecord; minute: number }[] = [];
  for (const input of inputs) {
    const written = input.attributes.time?.trim();
    const time = written ? parseUpdateTime(written) : undefined;
    if (!time || !written) continue;
    records.push({ record: recordOf(input, written, uniqueId(ids, updateId(time))), minute: minuteOf(time) });
  }
  return newestFirst(records, (entry) => entry.minute).map((entry) => entry.record);
}

/** The minute of a recorded update (its time is valid). */
export function recordMinute(record: UpdateRecord): number | undefined {
  const time = parseUpdateTime(record.time);
  return time && minuteOf(time);
}

/** Frontmatter `published` (a YAML date or an ISO string) in milliseconds, or undefined. */
export function publishedInstant(value: unknown): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value.trim())) return undefined;
  // A time without an offset reads as UTC, as YAML reads it, never in the zone of the machine that builds.
  const written = value.trim();
  const instant = Date.parse(/T[\d:.]+$/.test(written) ? `${written}Z` : written);
  return Number.isNaN(instant) ? undefined : instant;
}
