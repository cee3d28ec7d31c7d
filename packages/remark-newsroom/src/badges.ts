import type { Locale } from './locales.js';

/** A trust badge: the image, its text alternative and the sentence beside it. */
export interface TrustBadge {
  /** Image URL, served from the site itself (no third-party request). */
  src: string;
  width: number;
  height: number;
  /** Text alternative per locale; defaults to the locale's `trustAlt`. */
  alt?: Partial<Record<Locale, string>>;
}

/** Where the Astro integration serves the JTI badge that ships in `assets/`. */
export const defaultBadgeBase = '/_newsroom/';

export const builtinBadges: Record<string, TrustBadge> = {
  jti: { src: `${defaultBadgeBase}jti-badge.svg`, width: 96, height: 96 },
};
