/**
 * The options layer: the one schema of the block options (`options/schema.ts`),
 * its one error formatter (`options/format.ts`) and the resolution
 * (`options/complete.ts`). Imports only the data below it (locales,
 * providers, badges, the block input type). This is `remark-newsroom/options`:
 * it exports what users and hosts call, nothing that skips validation.
 */

import { completeOptions, isResolved, markResolved, type ResolvedOptions } from './options/complete.js';
import { OptionsError, problemLines, withPackageName } from './options/format.js';
import { type CheckedOptions, type Options, optionsSchema } from './options/schema.js';

export { builtinBadges } from './badges.js';
export { type BlockName, blockNames } from './block-names.js';
export type { ResolvedOptions } from './options/complete.js';
export { formatOptionProblems, OptionsError } from './options/format.js';
export {
  type CheckedOptions,
  type Options,
  optionNames,
  optionsSchema,
  type PollProvider,
  providerFields,
  type TransformBlock,
  type TrustBadge,
} from './options/schema.js';
export { builtinProviders } from './providers.js';

/** Checks user options against the schema; every problem is one line of the thrown {@link OptionsError}. */
function checkOptions(options: unknown): CheckedOptions {
  const input = options ?? {};
  const result = optionsSchema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const problems = problemLines(result.error, input, optionsSchema);
  throw new OptionsError(withPackageName('remark-newsroom', problems), problems);
}

/**
 * Validates options and fills defaults. Throws {@link OptionsError}. A value
 * it resolved is returned as it is (a host resolves once and hands the result
 * to every plugin); anything else — a copy of a resolved value, one that
 * crossed JSON — is validated again, which a complete value passes.
 */
export function resolveOptions(options: Options | ResolvedOptions | null | undefined = {}): ResolvedOptions {
  if (isResolved(options)) return options;
  return completeOptions(checkOptions(options));
}

/** The options a host may change on a resolved value: each is taken as it is once checked. */
export type OptionChanges = Pick<
  Options,
  'locale' | 'strict' | 'typography' | 'headingIds' | 'unknownDirectives' | 'base' | 'transformBlock'
>;
const changeable: readonly string[] = [
  'locale',
  'strict',
  'typography',
  'headingIds',
  'unknownDirectives',
  'base',
  'transformBlock',
] satisfies (keyof OptionChanges)[];

/**
 * A resolved value with some options changed (a host's `strict: false` for
 * one processor): the changes are validated like any option, the result is
 * resolved, and `options` is resolved first if it is not.
 */
export function withOptions(options: Options | ResolvedOptions, changes: OptionChanges): ResolvedOptions {
  const resolved = resolveOptions(options);
  const checked = checkOptions(changes);
  const merged = Object.keys(checked).filter((key) => !changeable.includes(key));
  if (merged.length) {
    const problems = merged.map(
      (key) => `option \`${key}\` is merged with the built-in values; pass it to resolveOptions instead`,
    );
    throw new OptionsError(withPackageName('remark-newsroom', problems), problems);
  }
  return markResolved({ ...resolved, ...(checked as OptionChanges) } as ResolvedOptions);
}
