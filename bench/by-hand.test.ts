/**
 * The by-hand controls of the on-demand bench: only our blocks as raw HTML
 * (the prose left as Markdown) renders, through the same Sätteri pipeline, to
 * the HTML of the article as written; the page assets are written where our
 * render writes them; and the server-page comparison finds a difference.
 * (The bench checks the controls against the built server too.)
 */
import { describe, expect, it } from 'vitest';
import { blocksByHand, byHandBody } from './by-hand.ts';
import { article, splitArticle } from './generate.ts';
import { articleBody, markupDifference } from './same-markup.ts';
import { withAssetsByHand } from './scale-store.ts';

const articles = Array.from({ length: 12 }, (_, index) => {
  const { markdown } = article(8, index);
  const locale = /^locale: en$/m.test(markdown) ? 'en' : 'de-CH';
  return { body: splitArticle(markdown).body.trim(), locale } as const;
});

describe('only our blocks by hand', () => {
  it.each(articles.map((a, i) => [i, a] as const))('article %i renders to the same HTML as written', (_, a) => {
    const control = blocksByHand(a.body, a.locale);
    expect(control).not.toBe(a.body);
    expect(control).not.toMatch(/^:{2,3}[a-z]|:[a-z]+\[/m);
    expect(byHandBody(control, a.locale)).toBe(byHandBody(a.body, a.locale));
  });

  it('keeps every prose part as Markdown, as written', () => {
    for (const a of articles) {
      const prose = a.body.split('\n\n').filter((part) => !/^:{2,3}[a-z]|:[a-z]+\[|^>/m.test(part));
      const parts = blocksByHand(a.body, a.locale).split('\n\n');
      for (const part of prose) expect(parts).toContain(part);
    }
  });
});

describe('page assets by hand', () => {
  it('the stylesheet before a document with a block, the consent script after one with a poll', () => {
    const poll = '<section data-nr="poll">p</section>\n';
    expect(withAssetsByHand(poll)).toBe(
      '<link rel="stylesheet" href="/_newsroom/newsroom.css"><section data-nr="poll">p</section><script type="module" src="/_newsroom/poll-consent.js"></script>\n',
    );
    expect(withAssetsByHand('<aside data-nr="trust">t</aside>')).toBe(
      '<link rel="stylesheet" href="/_newsroom/newsroom.css"><aside data-nr="trust">t</aside>',
    );
    expect(withAssetsByHand('<p>prose</p>\n')).toBe('<p>prose</p>\n');
  });
});

describe('comparing the server pages', () => {
  const page = (body: string, slug: string) =>
    `<html><head><link rel="canonical" href="/artikel/${slug}/"></head><body><article class="article"><div class="article-body">${body}</div>\n  </article></body></html>`;
  it('the same article body on pages that differ elsewhere is the same markup', () => {
    expect(articleBody(page('<p>a</p>', 'b0'))).toBe('<p>a</p>');
    expect(markupDifference(page('<p>a</p>', 'b0'), page('<p>a</p>', 'h0'))).toBe(undefined);
  });
  it('says where two article bodies part, and when a page has none', () => {
    expect(markupDifference(page('<p>same</p><p>a</p>', 'b0'), page('<p>same</p><p>b</p>', 'h0'))).toMatch(
      /^from character 14: ours .*<p>a<\/p>.*, by hand .*<p>b<\/p>/,
    );
    expect(markupDifference(page('<p>a</p>', 'b0'), '<html></html>')).toBe('a page has no article body');
  });
});
