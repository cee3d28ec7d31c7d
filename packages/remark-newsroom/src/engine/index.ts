/**
 * The block engine: processor-neutral. Front ends (the unified plugin,
 * astro-newsroom's Sätteri plugin and its components) walk their own trees
 * and call {@link renderDirective}; the engine owns attributes, diagnostics,
 * labels and markup.
 */
export { builtinBadges, defaultBadgeBase, type TrustBadge } from '../badges.js';
export { formatDate } from '../blocks/correction.js';
export { blocks } from '../blocks/index.js';
export { format, type Labels, type Locale, labels, locales, quoteMarks } from '../locales.js';
export {
  badgeFields,
  type Options,
  OptionsError,
  optionNames,
  providerFields,
  type ResolvedOptions,
  resolveOptions,
} from '../options.js';
export { builtinProviders, type PollProvider, providerUrl } from '../providers.js';
export { type AttributeSpec, type AttributeSpecs, isIsoDate } from './attributes.js';
export { type BlockDefinition, slot } from './block.js';
export { createDocument, createRecord, formatDiagnostic, StrictModeError } from './document.js';
export {
  blockquoteInput,
  directiveInput,
  directiveKind,
  headingEntries,
  type MdastLike,
  prepareDocument,
  scanTree,
  sliceSource,
  type TextReader,
  type TreeWriter,
  textOf,
  toMdast,
  typographizeRun,
  typographyCandidates,
  wantsHeadingIds,
  withHeadingId,
} from './mdast.js';
export { isNewsroomBlock, renderDirective } from './render.js';
export { containerFences, restore, serializeDirective } from './restore.js';
export type * from './types.js';
export { ruleIds } from './types.js';
export { type RunSegment, typographize } from './typography.js';
export { isSafeUrl } from './url.js';
