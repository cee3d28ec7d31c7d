/**
 * Components render through the same engine as the Markdown path: for the
 * same input, the same HTML (Astro's container API against remark-newsroom).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkNewsroom from 'remark-newsroom';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import Correction from '../components/Correction.astro';
import Credit from '../components/Credit.astro';
import Poll from '../components/Poll.astro';
import Quote from '../components/Quote.astro';
import Summary from '../components/Summary.astro';
import Topic from '../components/Topic.astro';
import TrustBadge from '../components/TrustBadge.astro';
import Update from '../components/Update.astro';

// The container runs with the integration as configured in vitest.config.ts (locale de-CH).
const options = {
  locale: 'de-CH' as const,
  badges: { jti: { src: '/_newsroom/jti-badge.svg', width: 96, height: 96 } },
};

async function markdown(source: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkNewsroom, options)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(source);
  return String(file);
}

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

// Like the Markdown paths, a component brings the stylesheet along (once per page).
const stylesheet = '<link rel="stylesheet" href="/_newsroom/newsroom.css">';

async function render(component: unknown, props: Record<string, unknown>, slot?: string): Promise<string> {
  const html = await container.renderToString(component as never, {
    props,
    slots: slot === undefined ? {} : { default: slot },
  });
  if (html === '') return html;
  expect(html.startsWith(stylesheet)).toBe(true);
  return html.slice(stylesheet.length);
}

describe('components = Markdown', () => {
  it('Summary', async () => {
    const body = await markdown('- Eins\n- Zwei');
    expect(await render(Summary, {}, body)).toBe(await markdown(`:::summary\n- Eins\n- Zwei\n:::`));
    expect(await render(Summary, { title: 'Eigen' }, body)).toBe(
      await markdown(`:::summary[Eigen]\n- Eins\n- Zwei\n:::`),
    );
  });

  it('Summary from headings', async () => {
    const headings = [
      { depth: 2, slug: 'erster-teil', text: 'Erster Teil' },
      { depth: 3, slug: 'detail', text: 'Detail' },
    ];
    const md = await markdown('::summary{from="headings"}\n\n## Erster Teil\n\n### Detail');
    const component = await render(Summary, { from: 'headings', headings });
    expect(md.startsWith(component)).toBe(true);
  });

  it('Quote', async () => {
    const props = { by: 'Pat Ryder', role: 'Sprecher', source: 'Rodong Sinmun', href: 'https://example.com/a' };
    expect(await render(Quote, props, await markdown('Zitat.'))).toBe(
      await markdown(
        ':::quote{by="Pat Ryder" role="Sprecher" source="Rodong Sinmun" href="https://example.com/a"}\nZitat.\n:::',
      ),
    );
  });

  it('Poll (plus its consent script)', async () => {
    const html = await render(Poll, { id: '123', title: 'Frage?' });
    const md = await markdown('::poll{id="123" title="Frage?"}');
    expect(html).toBe(`${md}<script type="module" src="/_newsroom/poll-consent.js"></script>`);
  });

  it('TrustBadge', async () => {
    expect(await render(TrustBadge, { href: '/so-arbeitet-die-redaktion' })).toBe(
      await markdown('::trust{badge="jti" href="/so-arbeitet-die-redaktion"}'),
    );
  });

  it('Correction', async () => {
    expect(await render(Correction, { date: '2024-06-19' }, await markdown('Falsch.'))).toBe(
      await markdown(':::correction{date="2024-06-19"}\nFalsch.\n:::'),
    );
  });

  it('Credit', async () => {
    const md = await markdown(':credit[dpa/thp]');
    expect(`<p>${await render(Credit, {}, 'dpa/thp')}</p>`).toBe(md);
  });

  it('Topic', async () => {
    expect(await render(Topic, { href: '/themen/ukraine' }, 'Mehr News')).toBe(
      await markdown('::topic[Mehr News]{href="/themen/ukraine"}'),
    );
  });

  it('Update, with and without a title', async () => {
    const body = await markdown('Putin ist gelandet.');
    expect(await render(Update, { time: '2024-06-19T01:30+09:00' }, body)).toBe(
      await markdown(':::update{time="2024-06-19T01:30+09:00"}\nPutin ist gelandet.\n:::'),
    );
    expect(await render(Update, { time: '2024-06-19T01:30+09:00', title: 'Ankunft' }, body)).toBe(
      await markdown(':::update[Ankunft]{time="2024-06-19T01:30+09:00"}\nPutin ist gelandet.\n:::'),
    );
  });

  it('Update on a page whose updates span several days says the date, as Markdown does', async () => {
    const source = [
      ':::update{time="2024-06-18T20:05+02:00"}\nGelandet.\n:::',
      ':::update{time="2024-06-19T09:15+02:00"}\nUnterzeichnet.\n:::',
    ].join('\n\n');
    const file = await unified()
      .use(remarkParse)
      .use(remarkNewsroom, options)
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(source);
    const updates = file.data.newsroom?.updates;
    const component = await render(Update, { time: '2024-06-18T20:05+02:00', updates }, await markdown('Gelandet.'));
    expect(component).toContain(
      'Aktualisiert am <time datetime="2024-06-18T20:05+02:00">18. Juni 2024 um 20.05 Uhr</time>',
    );
    expect(String(file)).toContain(component);
  });

  it('Summary with the latest updates, from the page record', async () => {
    const source = [
      '::summary{latest="2"}',
      ':::update{time="2024-06-19T09:15+02:00"}\nGelandet.\n:::',
      ':::update[Vertrag]{time="2024-06-19T14:05+02:00"}\nUnterzeichnet.\n:::',
      ':::update{time="2024-06-19T11:30+02:00"}\nGespräche.\n:::',
    ].join('\n\n');
    const file = await unified()
      .use(remarkParse)
      .use(remarkNewsroom, options)
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(source);
    const updates = file.data.newsroom?.updates;
    const component = await render(Summary, { latest: 2, updates });
    expect(component).toContain('href="#update-2024-06-19t1405"');
    expect(String(file).startsWith(component)).toBe(true);
  });

  it('escapes a plain-text title prop', async () => {
    const html = await render(Summary, { title: '<img src=x onerror=alert(1)>' }, '<p>a</p>');
    expect(html).not.toContain('<img');
    // Read as a browser reads it: no element, the title as text.
    const tree = fromHtml(html, { fragment: true });
    expect(selectAll('img', tree)).toEqual([]);
    expect(textOf(select('.nr-summary__title', tree) ?? { type: 'root', children: [] })).toContain(
      '<img src=x onerror=alert(1)>',
    );
  });
});

describe('components with invalid props', () => {
  it('render nothing raw and report the problem, naming the component and page', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const html = await render(Poll, { provider: 'yougov', title: 'Frage?' });
      expect(html).toBe('');
      expect(warnings.join('\n')).toMatch(/<Poll> on \/[^ ]* {2}poll has unknown provider "yougov"/);
      expect(warnings.join('\n')).toContain('poll is missing id');
      warnings.length = 0;
      const correction = await render(Correction, { date: 20240619 }, '<p>Falsch.</p>');
      expect(correction).toContain('<p>Falsch.</p>');
      expect(correction).not.toContain('<time');
      expect(warnings.join('\n')).toContain('<Correction> on');
      expect(warnings.join('\n')).toContain('invalid `date` "20240619"');
    } finally {
      console.warn = original;
    }
  });
});

describe('NewsArticleJsonLd without `site`', () => {
  it('writes no development host and warns once', async () => {
    const { default: NewsArticleJsonLd } = await import('../components/NewsArticleJsonLd.astro');
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (message: unknown) => warnings.push(message);
    try {
      const article = { title: 'T', teaser: 'D', published: new Date('2024-06-19') };
      const first = await container.renderToString(NewsArticleJsonLd as never, { props: { article } });
      await container.renderToString(NewsArticleJsonLd as never, { props: { article } });
      expect(first).toContain('application/ld+json');
      expect(first).not.toContain('localhost');
      expect(first).not.toContain('"url"');
      expect(warnings.filter((w) => String(w).includes('set `site`'))).toHaveLength(1);
    } finally {
      console.warn = original;
    }
  });
});

describe('NewsArticleJsonLd on an on-demand page', () => {
  it('builds `url` from `site` and the route, never from the request (host, port, query)', async () => {
    const { default: NewsArticleJsonLd } = await import('../components/NewsArticleJsonLd.astro');
    const withSite = await AstroContainer.create({ astroConfig: { site: 'https://news.example' } });
    const article = { title: 'T', teaser: 'D', published: new Date('2024-06-19') };
    const html = await withSite.renderToString(NewsArticleJsonLd as never, {
      props: { article },
      request: new Request('http://127.0.0.1:4402/artikel/x/?c=cms'),
    });
    const json = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}');
    expect(json.url).toBe('https://news.example/artikel/x/');
    expect(json.mainEntityOfPage['@id']).toBe('https://news.example/artikel/x/');
    expect(html).not.toContain('127.0.0.1');
    expect(html).not.toContain('c=cms');
  });
});
