import { isIsoDate } from 'remark-newsroom/engine';

/** A written offset at the end of a date-time: `Z`, `+02:00` or `+0200`. */
const offset = /(Z|[+-]\d{2}:?\d{2})$/;

/**
 * The instant an ISO 8601 date or date-time stands for, or `undefined` for
 * anything else. Without an offset it is read as UTC, never in the zone of
 * the machine that builds the site.
 */
export function instantOf(value: string): Date | undefined {
  if (!isIsoDate(value)) return undefined;
  const time = value.slice(10);
  const zoned = offset.test(time) ? value : `${time === '' ? `${value}T00:00` : value}Z`;
  return new Date(zoned.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}
