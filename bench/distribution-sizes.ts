/**
 * Sizes of the distribution files (no times): the example's feeds and news
 * sitemap as built, and those of a generated 3,000-article collection
 * (generate.ts), published over the last five days with an update note on
 * every tenth. Run: pnpm --filter newsroom-bench run sizes:distribution
 * (after building the example for its part).
 */
import { existsSync, readFileSync } from 'node:fs';
import { atomFeed, googleNewsFeedLimits, newsSitemaps, rssFeed, sitemapIndex } from 'astro-newsroom/distribution';
import rehypeStringify from 'rehype-stringify';
import remarkNewsroom from 'remark-newsroom';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { corpus, splitArticle } from './generate.ts';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const size = (text: string) => Buffer.byteLength(text, 'utf8');
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

function report(name: string, xml: string, entries: RegExp): void {
  console.log(`${name.padEnd(44)} ${kB(size(xml)).padStart(10)}  ${count(xml, entries)} entries`);
}

console.log('The example site (examples/news-site/dist)');
const dist = new URL('../examples/news-site/dist/', import.meta.url);
if (existsSync(dist)) {
  for (const [file, entries] of [
    ['feed.xml', /<entry>/g],
    ['rss.xml', /<item>/g],
    ['themen/ukraine/feed.xml', /<entry>/g],
    ['news-sitemap.xml', /<news:news>/g],
  ] as const) {
    report(`  ${file}`, readFileSync(new URL(file, dist), 'utf8'), entries);
  }
} else console.log('  (not built: pnpm build:example)');

const total = 3000;
const now = new Date('2024-06-20T12:00:00Z');
const processor = unified()
  .use(remarkParse)
  .use(remarkNewsroom, { locale: 'de-CH', typography: true })
  .use(remarkRehype)
  .use(rehypeStringify);
const articles = corpus(total).map((generated, index) => {
  const published = new Date(now.getTime() - Math.floor((index / total) * 5 * 24 * 60) * 60_000);
  const title = /title: "(.*)"/.exec(generated.markdown)?.[1] ?? generated.slug;
  return {
    url: `https://news.example/artikel/${generated.slug}/`,
    html: String(processor.processSync(splitArticle(generated.markdown).body)),
    data: {
      title,
      teaser: `${title}: die Lage im Überblick.`,
      published,
      locale: generated.lang === 'de' ? 'de-CH' : 'en',
      credit: 'dpa/thp',
      isAccessibleForFree: true,
      authors: [{ name: 'Lea Beispiel' }],
      updated:
        index % 10 === 0
          ? [{ time: new Date(published.getTime() + 3_600_000), note: 'Stellungnahme ergänzt.' }]
          : undefined,
    },
  };
});

console.log(`\nA generated collection of ${total} articles (bench/generate.ts), published over five days`);
const options = {
  title: 'Newsroom Beispiel',
  url: 'https://news.example/feed.xml',
  home: 'https://news.example/',
  language: 'de-CH',
};
report('  Atom, 50 newest (default)', atomFeed(articles, options), /<entry>/g);
report('  RSS, 50 newest (default)', rssFeed(articles, options), /<item>/g);
report(
  `  Atom, all ${total} asked (cut to Google's 2 MB)`,
  atomFeed(articles, { ...options, limit: total }),
  /<entry>/g,
);
const files = newsSitemaps(articles, { publication: 'Newsroom Beispiel', locale: 'de-CH', now });
files.forEach((file, index) => {
  report(`  news-sitemap-${index + 1}.xml`, file, /<news:news>/g);
});
report(
  '  news-sitemap.xml (index)',
  sitemapIndex(files.map((_, index) => `https://news.example/news-sitemap-${index + 1}.xml`)),
  /<sitemap>/g,
);
const bodies = articles.map((article) => size(article.html));
console.log(
  `  body HTML per article: median ${kB(bodies.sort((a, b) => a - b)[bodies.length >> 1] ?? 0)}, largest ${kB(Math.max(...bodies))} (Google's limit ${kB(googleNewsFeedLimits.bytesPerArticle)})`,
);
