/**
 * The editors' endpoint's rules: who may write (a bearer token from
 * `NEWSROOM_EDITOR_TOKEN`; without one, writing is off) and what a
 * correction or update must look like.
 */
import { timingSafeEqual } from 'node:crypto';
import { z } from 'astro/zod';

const text = z.string().trim().min(1).max(2000);
const time = z.iso.datetime({ offset: true });

export const correctionInput = z.strictObject({ date: time, text });
export const updateInput = z.strictObject({ time, note: text });

export function authorized(request: Request, token: string | undefined): boolean {
  if (!token) return false;
  const given = Buffer.from(request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** One line, no stack: what was wrong with the input. */
export function problem(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
}
