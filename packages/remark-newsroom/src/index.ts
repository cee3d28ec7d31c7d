export type { TrustBadge } from './badges.js';
export { StrictModeError } from './engine/document.js';
export type { Diagnostic, NewsroomRecord, RuleId } from './engine/types.js';
export type { Labels, Locale } from './locales.js';
export { type Options, OptionsError } from './options.js';
export { default, remarkNewsroomRestore } from './plugin.js';
export type { PollProvider, TcfVendor } from './providers.js';
