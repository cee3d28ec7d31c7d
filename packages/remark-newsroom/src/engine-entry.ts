/**
 * `remark-newsroom/engine`, the block engine for front ends: processor-neutral.
 * A Markdown front end hands its tree and the block registry ({@link blocks})
 * to {@link runDocumentPass} through a {@link TreeAdapter}; the component front
 * end calls {@link renderDirective} with a {@link createDocument} context and
 * the same registry. ARCHITECTURE.md at the repository root explains the
 * pipeline. The exported names are pinned by a test: adding one is a decision.
 */

export { blocks } from './blocks/index.js';
export { isIsoDate, underBase } from './engine/attributes.js';
export type { BlockDefinition, BlockRegistry } from './engine/block.js';
export { formatDate } from './engine/dates.js';
export { createDocument, formatDiagnostic, problemCount, StrictModeError } from './engine/document.js';
export type { TextReader } from './engine/input.js';
export { type DocumentPassInput, type DocumentResult, runDocumentPass } from './engine/pass.js';
export { renderDirective } from './engine/render.js';
export { isRestored } from './engine/restore.js';
export type { TreeAdapter } from './engine/tree.js';
export type * from './engine/types.js';
export { ruleIds } from './engine/types.js';
export { isSafeUrl } from './engine/url.js';
export { isLocale, type Labels, type Locale, labels, locales } from './locales.js';
