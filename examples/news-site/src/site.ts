/** Site-wide texts and helpers of the example news site. */
export const site = {
  name: 'Newsroom Beispiel',
  tagline: 'Eine Beispielseite für astro-newsroom',
};

export type Locale = 'de' | 'de-CH' | 'en';

const zone = 'Europe/Zurich';

/** `19. Juni 2024, 09:15 Uhr` / `June 19, 2024, 9:15 AM`. */
export function formatDateTime(date: Date, locale: Locale): string {
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: zone }).format(date);
  return locale === 'en' ? text : `${text} Uhr`;
}

const germanTexts = {
  published: 'Veröffentlicht am',
  updated: 'Aktualisiert am',
  home: 'Startseite',
  source: 'Quelle',
  by: 'Von',
  updates: 'Aktualisierungen',
};

/** Swiss German uses the same words (none has an ß). */
export const texts: Record<Locale, typeof germanTexts> = {
  de: germanTexts,
  'de-CH': germanTexts,
  en: { published: 'Published', updated: 'Updated', home: 'Home', source: 'Source', by: 'By', updates: 'Updates' },
};

/** A path of this site, under its base (the docs serve the site under `/example/`). */
export function path(to: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${to}`;
}
