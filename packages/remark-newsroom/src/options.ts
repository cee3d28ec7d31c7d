/**
 * The options layer: the one schema of the block options (`options/schema.ts`),
 * its one error formatter (`options/format.ts`) and the resolution
 * (`options/complete.ts`). Imports only the data below it (locales,
 * providers, badges, the block input type).
 */

import { completeOptions, isResolved, type ResolvedOptions } from './options/complete.js';
import { formatOptionProblems, OptionsError, problemLines } from './options/format.js';
import { type CheckedOptions, type Options, optionsSchema } from './options/schema.js';

export { builtinBadges } from './badges.js';
export { type BlockName, blockNames } from './block-names.js';
export {
  completeOptions,
  isResolved,
  markResolved,
  type ResolvedOptions,
  resolvedMark,
} from './options/complete.js';
export { formatOptionProblems, OptionsError, problemLines } from './options/format.js';
export {
  badgeFields,
  type CheckedOptions,
  flag,
  headingIdsSchema,
  localeSchema,
  type Options,
  optionNames,
  optionsSchema,
  providerFields,
  type TransformBlock,
  text,
} from './options/schema.js';
export { builtinProviders } from './providers.js';

/** Checks user options against the schema; every problem is one line of the thrown {@link OptionsError}. */
export function checkOptions(options: unknown): CheckedOptions {
  const input = options ?? {};
  const result = optionsSchema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const problems = problemLines(result.error, input, optionsSchema);
  throw new OptionsError(formatOptionProblems('remark-newsroom', problems), problems);
}

/**
 * Validates user options and fills defaults. Throws {@link OptionsError}.
 * A value it resolved already (see `isResolved`) is returned as it is: a host
 * resolves once and hands the result to every plugin.
 */
export function resolveOptions(options: Options | ResolvedOptions | null | undefined = {}): ResolvedOptions {
  if (isResolved(options)) return options;
  return completeOptions(checkOptions(options));
}
