/**
 * The one formatter of option problems, for both packages: one line per
 * problem — the option's path, what is expected, what was given, and a
 * "did you mean" where a near name exists.
 */
import type { z } from 'zod/mini';
import { nearName } from '../near-name.js';

/** A value as an error line shows it: strings quoted, objects named by kind. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? 'a function' : String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

type Schema = z.core.$ZodType;

/** The keys the schema allows at a path (an object's shape), following records and optional wrappers. */
function allowedKeys(schema: Schema | undefined, path: readonly PropertyKey[]): string[] {
  let node = schema;
  let rest = [...path];
  for (;;) {
    const def = node?._zod.def as unknown as Record<string, unknown> | undefined;
    if (!def) return [];
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') {
      node = def.innerType as Schema;
    } else if (def.type === 'pipe') {
      node = def.in as Schema;
    } else if (rest.length === 0) {
      return def.type === 'object' ? Object.keys(def.shape as object) : [];
    } else if (def.type === 'object') {
      node = (def.shape as Record<PropertyKey, Schema>)[rest[0] as PropertyKey];
      rest = rest.slice(1);
    } else if (def.type === 'record') {
      node = def.valueType as Schema;
      rest = rest.slice(1);
    } else return [];
  }
}

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (current, key) =>
      current !== null && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined,
    value,
  );
}

const optionPath = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : 'options');

/** One line per problem, without the package prefix. */
export function problemLines(error: z.core.$ZodError, input: unknown, schema: Schema): string[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, issue.path);
      return issue.keys.map((key) => {
        const near = nearName(key, allowed);
        return `option \`${optionPath([...issue.path, key])}\` is unknown; allowed: ${allowed.join(', ')}; got ${describe(at(input, [...issue.path, key]))}${near ? `; did you mean \`${near}\`?` : ''}`;
      });
    }
    const given = at(input, issue.path);
    const values = issue.code === 'invalid_value' ? issue.values.filter((v): v is string => typeof v === 'string') : [];
    const near = typeof given === 'string' ? nearName(given, values) : undefined;
    return [
      `option \`${optionPath(issue.path)}\` ${issue.message}; got ${describe(given)}${near ? `; did you mean "${near}"?` : ''}`,
    ];
  });
}

/** Lines of problems, each with the package's name. */
export function withPackageName(packageName: string, problems: readonly string[]): string {
  return problems.map((line) => `${packageName}: ${line}`).join('\n');
}

/**
 * The message of wrong options, from the zod `error` of parsing `input` with
 * `schema` (a host's schema that extends `optionsSchema`): one line per
 * problem, each with `packageName`.
 */
export function formatOptionProblems(
  packageName: string,
  error: z.core.$ZodError,
  input: unknown,
  schema: Schema,
): string {
  return withPackageName(packageName, problemLines(error, input, schema));
}

/** An option error: names the option, what is allowed and what was given. */
export class OptionsError extends Error {
  /** The problems, one line each, without the package prefix. */
  readonly problems: string[];
  constructor(message: string, problems: string[] = [message]) {
    super(message);
    this.name = 'OptionsError';
    this.problems = problems;
  }
}
