/**
 * Fixture sites built with the Astro CLI: Astro 7 on Sätteri (its default),
 * Astro 7 on unified, Astro 6; `.md` and `.mdx` pages with every block.
 */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { blockNames } from 'remark-newsroom/options';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, blocksOf, buildSite, preparePages } from './sites.js';

const builds: Record<string, BuildResult> = {};

beforeAll(async () => {
  preparePages('blocks', 'astro6');
  // One at a time: two cores, and the timings go into the closing note.
  builds.satteri = await buildSite('blocks', { NEWSROOM_PROCESSOR: 'satteri' }, 'dist-satteri');
  builds.unified = await buildSite('blocks', { NEWSROOM_PROCESSOR: 'unified' }, 'dist-unified');
  builds.astro6 = await buildSite('astro6');
  for (const [name, build] of Object.entries(builds)) {
    console.log(`fixture build ${name}: ${Math.round(build.ms)} ms`);
  }
});

describe.each(['satteri', 'unified', 'astro6'])('%s', (name) => {
  it('builds', () => {
    expect(builds[name]?.ok, builds[name]?.output).toBe(true);
  });

  for (const page of ['markdown/index.html', 'mdx/index.html']) {
    it(`${page}: renders every block`, () => {
      const tree = fromHtml(builds[name]!.read(page));
      for (const block of blockNames) expect(selectAll(`[data-nr="${block}"]`, tree).length, block).toBeGreaterThan(0);
      // Summary from headings links to the real heading id.
      const link = select('[data-nr="summary"] a[href^="#"]', tree);
      const id = String(link?.properties.href).slice(1);
      expect(select(`h2#${id}`, tree)).toBeTruthy();
      // Prose with colons and a foreign directive comes out as written. Typography follows
      // the page's frontmatter `locale: de-CH` («…»), which beats the integration's `de`.
      const text = builds[name]!.read(page);
      expect(text).toContain('Um 10:30 Uhr schrieb Putin für «Rodong Sinmun» an Leser:innen.');
      expect(text).toMatch(/:abbr\[HTML\]\{title=("|&quot;)x("|&quot;)\}/);
      expect(text).toContain(':::unknown{a=1}');
      // What blocks read from the text (attribution, heading links) gets the same typography.
      expect(text).toContain('<span class="nr-quote__role">Präsident der «Ukraine»</span>');
      expect(text).toMatch(/<a href="#erster-teil">Erster «Teil»<\/a>/);
      // Updates: newest first whatever the source order, the summary's latest link to their anchors.
      const updates = selectAll('[data-nr="update"]', tree).map((node) => node.properties.id);
      expect(updates).toEqual(['update-2024-06-19t1405', 'update-2024-06-19t1130', 'update-2024-06-19t0915']);
      const latest = selectAll('.nr-summary__latest a', tree).map((node) => node.properties.href);
      expect(latest).toEqual(['#update-2024-06-19t1405', '#update-2024-06-19t1130']);
      expect(text).toContain('Aktualisiert um <time datetime="2024-06-19T14:05+02:00">14.05 Uhr</time>');
      expect(text).toContain('Abkommen «unterzeichnet»');
    });
  }

  it('adds the stylesheet where a block renders and the consent script where a poll does', () => {
    const page = builds[name]!.read('markdown/index.html');
    expect(page).toContain('<script type="module" src="/_newsroom/poll-consent.js">');
    expect(page.match(/<link rel="stylesheet" href="\/_newsroom\/newsroom.css">/g)).toHaveLength(1);
    // bad.md: most of its blocks fall back to their source, but the correction renders.
    expect(builds[name]!.read('bad/index.html')).toContain('href="/_newsroom/newsroom.css"');
    expect(builds[name]!.read('bad/index.html')).not.toContain('poll-consent.js');
    expect(builds[name]!.read('plain/index.html')).not.toContain('/_newsroom/');
    expect(builds[name]!.read('_newsroom/newsroom.css')).toContain('--nr-surface');
    expect(builds[name]!.read('_newsroom/poll-consent.js')).toContain('data-nr-poll-load');
    expect(builds[name]!.read('_newsroom/jti-badge.svg')).toContain('<svg');
  });
});

describe('the same blocks everywhere', () => {
  it('Astro 7: Sätteri and unified give the same block HTML, in .md and .mdx', () => {
    const reference = blocksOf(builds.satteri!.read('markdown/index.html'));
    expect(reference.length).toBeGreaterThanOrEqual(blockNames.length);
    expect(blocksOf(builds.unified!.read('markdown/index.html'))).toEqual(reference);
    expect(blocksOf(builds.satteri!.read('mdx/index.html'))).toEqual(reference);
    expect(blocksOf(builds.unified!.read('mdx/index.html'))).toEqual(reference);
  });

  it('Astro 6 gives the same block HTML as Astro 7', () => {
    const reference = blocksOf(builds.satteri!.read('markdown/index.html'));
    expect(blocksOf(builds.astro6!.read('markdown/index.html'))).toEqual(reference);
    expect(blocksOf(builds.astro6!.read('mdx/index.html'))).toEqual(reference);
  });
});

describe('integration order', () => {
  it.each(['satteri', 'unified'])(
    '%s: @astrojs/mdx listed before astro-newsroom gives the same blocks',
    async (name) => {
      const build = await buildSite(
        'blocks',
        { NEWSROOM_PROCESSOR: name, NEWSROOM_MDX_FIRST: '1' },
        `dist-${name}-mdx-first`,
      );
      expect(build.ok, build.output).toBe(true);
      const reference = blocksOf(builds.satteri!.read('markdown/index.html'));
      expect(blocksOf(build.read('mdx/index.html'))).toEqual(reference);
      expect(blocksOf(build.read('markdown/index.html'))).toEqual(reference);
    },
  );
});

describe('per-block component override', () => {
  it.each(['satteri', 'unified'])(
    '%s: .mdx renders the quote with the site component, .md keeps the engine markup',
    async (name) => {
      const build = await buildSite(
        'blocks',
        { NEWSROOM_PROCESSOR: name, NEWSROOM_OVERRIDE: '1' },
        `dist-${name}-override`,
      );
      expect(build.ok, build.output).toBe(true);
      const mdx = fromHtml(build.read('mdx/index.html'));
      const mine = selectAll('blockquote.my-quote', mdx);
      // The directive quote, the plain-Markdown one and the one inside an update all become the component.
      expect(mine.map((q) => q.properties.dataBy)).toEqual(['Pat Ryder', 'Wolodymyr Selenskyj', 'Pat Ryder']);
      expect(mine[0]?.properties.dataLocale).toBe('de-CH');
      expect(selectAll('[data-nr="quote"]', mdx)).toHaveLength(0);
      expect(build.read('mdx/index.html')).toContain('Die sich vertiefende Zusammenarbeit');
      // Everything else is unchanged.
      expect(selectAll('[data-nr="poll"]', mdx)).toHaveLength(1);
      expect(selectAll('[data-nr="update"]', mdx)).toHaveLength(3);
      expect(selectAll('[data-nr="quote"]', fromHtml(build.read('markdown/index.html')))).toHaveLength(3);
    },
  );
});

describe('diagnostics in Astro', () => {
  it.each(['satteri', 'unified'])('%s: prints file:line:col  message  [rule] for each problem', (name) => {
    const output = builds[name]!.output;
    expect(output).toContain('src/pages/bad.md:8:1  poll is missing id  [missing-attribute]');
    expect(output).toContain('src/pages/bad.md:10:1  topic has a refused URL');
    expect(output).toContain('src/pages/bad.md:12:1  correction has an invalid `date`');
    expect(output).toContain('src/pages/bad.md:16:1  trust has unknown badge "gold"');
    // Frontmatter `published` reaches the pass on both processors.
    expect(output).toContain('src/pages/bad.md:18:1  update at 07:00 Uhr is earlier than the article');
    // The author's text is kept.
    expect(builds[name]!.read('bad/index.html')).toContain('Der Text bleibt.');
  });

  it.each(['satteri', 'unified'])('%s: strict fails the build naming every problem', async (name) => {
    const strict = await buildSite('blocks', { NEWSROOM_PROCESSOR: name, NEWSROOM_STRICT: '1' }, `dist-${name}-strict`);
    expect(strict.ok).toBe(false);
    // Every problem of every file is printed, then one summary ends the build, with a hint and no stack trace.
    for (const line of [8, 10, 12, 16, 18]) expect(strict.output).toContain(`src/pages/bad.md:${line}:1`);
    expect(strict.output).toContain('src/pages/bad-too.md:5:1  unknown block `:::sumary`: did you mean `:::summary`?');
    expect(strict.output).toContain('src/pages/bad-too.md:9:1');
    expect(strict.output).toMatch(
      /astro-newsroom \(strict\): 7 problems in 2 files \(src\/pages\/bad(-too)?\.md, src\/pages\/bad(-too)?\.md\)/,
    );
    expect(strict.output).toContain('Fix the problems listed above');
    expect(strict.output).not.toMatch(/\n\s+at .*node_modules/);
  });
});

describe('components on an .astro page', () => {
  it('link our stylesheet once, before the first block, and the consent script once', () => {
    for (const name of ['satteri', 'unified']) {
      const html = builds[name]!.read('components/index.html');
      const tree = fromHtml(html);
      const links = selectAll('link[rel="stylesheet"]', tree);
      expect(links, name).toHaveLength(1);
      expect(links[0]?.properties.href).toBe('/_newsroom/newsroom.css');
      expect(html.indexOf('newsroom.css'), name).toBeLessThan(html.indexOf('data-nr='));
      expect(selectAll('script[src$="poll-consent.js"]', tree), name).toHaveLength(1);
      for (const block of blockNames) expect(selectAll(`[data-nr="${block}"]`, tree).length, block).toBeGreaterThan(0);
    }
  });
});
