/** Site-wide texts and helpers of the example news site. */
import { labels } from 'remark-newsroom/engine';

export const site = {
  name: 'Newsroom Beispiel',
  tagline: 'Eine Beispielseite für astro-newsroom',
};

export type Locale = 'de' | 'de-CH' | 'en';

const zone = 'Europe/Zurich';

// One formatter per locale: building one costs about as much as rendering a page on demand.
const formats = new Map<Locale, Intl.DateTimeFormat>();
function dateTimeFormat(locale: Locale): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: zone });
    formats.set(locale, format);
  }
  return format;
}

/** `19. Juni 2024, 09:15 Uhr` / `June 19, 2024, 9:15 AM`. */
export function formatDateTime(date: Date, locale: Locale): string {
  const text = dateTimeFormat(locale).format(date);
  return locale === 'en' ? text : `${text} Uhr`;
}

/**
 * The texts of the site's pages: its own (`home`) and, for the article
 * header, remark-newsroom's article labels (the words ArticleLayout says).
 */
export const texts: Record<Locale, { home: string; published: string; updated: string; source: string }> = {
  de: pageTexts('de', 'Startseite'),
  'de-CH': pageTexts('de-CH', 'Startseite'),
  en: pageTexts('en', 'Home'),
};

function pageTexts(locale: Locale, home: string) {
  const { articlePublished, articleUpdated, articleSource } = labels[locale];
  return { home, published: articlePublished, updated: articleUpdated, source: articleSource };
}

/** An article page's breadcrumb: home, the article's topic, the article. */
export function articleBreadcrumb(
  article: { title: string; topic?: { label: string; href: string } | undefined },
  locale: Locale,
): { label: string; href?: string }[] {
  return [
    { label: texts[locale].home, href: '/' },
    ...(article.topic ? [{ label: article.topic.label, href: article.topic.href }] : []),
    { label: article.title },
  ];
}

/** A path of this site, under its base (the docs serve the site under `/example/`). */
export function path(to: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${to}`;
}
