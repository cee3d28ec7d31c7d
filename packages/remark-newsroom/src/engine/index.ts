/**
 * The block engine, for front ends: processor-neutral. A Markdown front end
 * hands its tree to {@link runDocumentPass} through a {@link TreeAdapter}; the
 * component front end calls {@link renderDirective} with a
 * {@link createDocument} context. The engine owns attributes, diagnostics,
 * labels and markup. ARCHITECTURE.md at the repository root explains the
 * pipeline. The exported names are pinned by a test: adding one is a decision.
 */

export { formatDate } from '../blocks/correction.js';
export { blocks } from '../blocks/index.js';
export { type Labels, type Locale, labels, locales } from '../locales.js';
export {
  badgeFields,
  type Options,
  OptionsError,
  optionNames,
  providerFields,
  type ResolvedOptions,
  resolveOptions,
} from '../options.js';
export { isIsoDate, underBase } from './attributes.js';
export type { BlockDefinition } from './block.js';
export { createDocument, formatDiagnostic, StrictModeError } from './document.js';
export type { TextReader } from './input.js';
export { type DocumentPassInput, type DocumentResult, maxNesting, restoreUnclaimed, runDocumentPass } from './pass.js';
export { renderDirective } from './render.js';
export { isRestored } from './restore.js';
export type { MdastNode, TreeAdapter } from './tree.js';
export { withoutBom } from './tree.js';
export type * from './types.js';
export { ruleIds } from './types.js';
export { isSafeUrl } from './url.js';
