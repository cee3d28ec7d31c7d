/**
 * The shape of resolved options, which the engine reads: types only, at the
 * bottom layer, so the engine never imports the options module above it.
 * `options/complete.ts` builds values of this shape; `options.ts` publishes it.
 */
import type { VFile } from 'vfile';
import type { TrustBadge } from './badges.js';
import type { BlockInput } from './block-input.js';
import type { Labels, Locale } from './locales.js';
import type { PollProvider } from './providers.js';

/** Lets a front end put its own node where a block would render; `undefined` keeps the engine's markup. */
export type TransformBlock = (input: BlockInput, context: { file: VFile; locale: Locale }) => unknown;

export interface ResolvedOptions {
  locale: Locale;
  strict: boolean;
  typography: boolean;
  headingIds: boolean | 'auto';
  labels: Record<Locale, Labels>;
  providers: Record<string, PollProvider>;
  badges: Record<string, TrustBadge>;
  unknownDirectives: 'restore' | 'keep';
  base: string;
  transformBlock: TransformBlock | undefined;
}
