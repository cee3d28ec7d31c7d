/**
 * The update block of running stories, on both processors: newest first
 * whatever the source order, labels per locale in the zone the author wrote,
 * `<time datetime>`, anchors from the time, the record, the diagnostics, and
 * the summary's "Die letzten Entwicklungen".
 */
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import { markdownToHtml } from 'satteri';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { formatUpdateTime } from '../src/blocks/update.js';
import type { NewsroomRecord } from '../src/engine/types.js';
import { parseUpdateTime, publishedInstant } from '../src/engine/update-times.js';
import { type Locale, labels } from '../src/locales.js';
import { resolveOptions } from '../src/options.js';
import { newsroomMdastPlugin } from '../src/satteri.js';
import { htmlText, pipeline } from './helpers.js';
import { describeEachProcessor, renderSatteri, renderUnified } from './processors.js';

const update = (time: string, text: string, title?: string) =>
  `:::update${title === undefined ? '' : `[${title}]`}{time="${time}"}\n${text}\n:::`;

const ids = (html: string) =>
  selectAll('article[data-nr="update"]', fromHtml(html, { fragment: true })).map((node) => node.properties.id);

describeEachProcessor('update', (render) => {
  it('renders newest first, whatever the source order', async () => {
    const markdown = [
      update('2024-06-19T09:15+02:00', 'Erstens.'),
      update('2024-06-19T11:40+02:00', 'Drittens.'),
      update('2024-06-19T10:05+02:00', 'Zweitens.'),
    ].join('\n\n');
    const { html, messages, record } = await render(markdown, { locale: 'de' });
    expect(messages).toEqual([]);
    expect(ids(html)).toEqual(['update-2024-06-19t1140', 'update-2024-06-19t1005', 'update-2024-06-19t0915']);
    expect(htmlText(html).replace(/\s+/g, ' ')).toMatch(
      /um 11:40 Uhr ?Drittens\..*um 10:05 Uhr ?Zweitens\..*um 09:15 Uhr ?Erstens\./,
    );
    expect(record?.updates.map((entry) => entry.text)).toEqual(['Drittens.', 'Zweitens.', 'Erstens.']);
  });

  it('orders by the instant, across offsets, and labels each in the zone it was written in', async () => {
    const markdown = [update('2024-06-19T09:15+02:00', 'A.'), update('2024-06-19T08:00Z', 'B.')].join('\n\n');
    const { html } = await render(markdown, { locale: 'de' });
    // 08:00Z is 10:00 in Berlin: later than 09:15+02:00, so first, but labelled 08:00 as written.
    expect(ids(html)).toEqual(['update-2024-06-19t0800', 'update-2024-06-19t0915']);
    const times = selectAll('.nr-update__time time', fromHtml(html, { fragment: true }));
    expect(times.map((node) => [node.properties.dateTime, hastToString(node)])).toEqual([
      ['2024-06-19T08:00Z', '08:00 Uhr'],
      ['2024-06-19T09:15+02:00', '09:15 Uhr'],
    ]);
  });

  const labelled: [Locale, string, string][] = [
    ['de', '2024-06-19T09:15+02:00', 'Aktualisiert um 09:15 Uhr'],
    ['de-CH', '2024-06-19T09:15+02:00', 'Aktualisiert um 09.15 Uhr'],
    ['en', '2024-06-19T09:15+02:00', 'Updated 9:15 am'],
    ['en', '2024-06-19T14:05+02:00', 'Updated 2:05 pm'],
    ['en', '2024-06-19T00:30+02:00', 'Updated 12:30 am'],
    ['en', '2024-06-19T12:00+02:00', 'Updated 12:00 pm'],
    ['de', '2024-06-19T23:59:59.5-05:00', 'Aktualisiert um 23:59 Uhr'],
    ['en', '2024-06-19T21:45+05:30', 'Updated 9:45 pm'],
  ];
  for (const [locale, time, label] of labelled) {
    it(`labels ${time} in ${locale} as "${label}"`, async () => {
      const { html, messages } = await render(update(time, 'Text.'), { locale });
      expect(messages).toEqual([]);
      const tree = fromHtml(html, { fragment: true });
      expect(hastToString(select('.nr-update__time', tree) as never)).toBe(label);
      expect(select('time', tree)?.properties.dateTime).toBe(time);
    });
  }

  const spanning: [Locale, string[]][] = [
    ['de', ['Aktualisiert am 19. Juni 2024 um 01:30 Uhr', 'Aktualisiert am 18. Juni 2024 um 20:05 Uhr']],
    ['de-CH', ['Aktualisiert am 19. Juni 2024 um 01.30 Uhr', 'Aktualisiert am 18. Juni 2024 um 20.05 Uhr']],
    ['en', ['Updated June 19, 2024, 1:30 am', 'Updated June 18, 2024, 8:05 pm']],
  ];
  for (const [locale, expected] of spanning) {
    it(`says the date when the updates span several days (${locale}), in the summary too`, async () => {
      const markdown = `::summary{latest="1"}\n\n${update('2024-06-18T20:05+02:00', 'A.')}\n\n${update('2024-06-19T01:30+02:00', 'B.')}`;
      const tree = fromHtml((await render(markdown, { locale })).html, { fragment: true });
      expect(selectAll('.nr-update__time', tree).map((node) => hastToString(node))).toEqual(expected);
      const link = select('.nr-summary__latest time', tree);
      expect(expected[0]).toContain(link ? hastToString(link) : '-');
    });
  }

  it('has a title as its heading when written, and is an article labelled by it', async () => {
    const { html, record } = await render(
      update('2024-06-19T01:30+09:00', 'Putin ist gelandet.', 'Ankunft in *Pjöngjang*'),
    );
    const tree = fromHtml(html, { fragment: true });
    const article = select('article', tree);
    const title = select('[role="heading"]', tree);
    expect(article?.properties.ariaLabelledBy).toEqual([title?.properties.id]);
    expect(title && hastToString(title)).toBe('Ankunft in Pjöngjang');
    expect(select('em', title as never)).toBeDefined();
    expect(record?.updates).toEqual([
      {
        time: '2024-06-19T01:30+09:00',
        id: 'update-2024-06-19t0130',
        title: 'Ankunft in Pjöngjang',
        text: 'Putin ist gelandet.',
      },
    ]);
  });

  it('keeps source order at the same minute, reports it, and keeps ids unique', async () => {
    const markdown = [
      update('2024-06-19T09:15+02:00', 'Eins.'),
      update('2024-06-19T09:15:30+02:00', 'Zwei.'),
      update('2024-06-19T07:15Z', 'Drei.'),
    ].join('\n\n');
    const { html, messages, record } = await render(markdown);
    expect(ids(html)).toEqual(['update-2024-06-19t0915', 'update-2024-06-19t0915-2', 'update-2024-06-19t0715']);
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['duplicate-update-time', 5],
      ['duplicate-update-time', 9],
    ]);
    expect(messages[0]?.message).toContain('line 1');
    expect(record?.updates.map((entry) => entry.text)).toEqual(['Eins.', 'Zwei.', 'Drei.']);
  });

  it('gives the same anchors however the updates are ordered in the source', async () => {
    const a = update('2024-06-19T09:15+02:00', 'A.');
    const b = update('2024-06-19T10:15+02:00', 'B.');
    const first = await render(`${a}\n\n${b}`);
    const second = await render(`${b}\n\n${a}`);
    expect(first.html).toBe(second.html);
    expect(first.record?.updates).toEqual(second.record?.updates);
  });

  const malformed: [string, string, string][] = [
    ['missing time', ':::update[Titel]\nDer Text bleibt.\n:::', 'missing-attribute'],
    ['time without offset', update('2024-06-19T09:15', 'Der Text bleibt.', 'Titel'), 'invalid-time'],
    ['date only', update('2024-06-19', 'Der Text bleibt.', 'Titel'), 'invalid-time'],
    ['impossible date', update('2024-02-30T09:15+01:00', 'Der Text bleibt.', 'Titel'), 'invalid-time'],
    ['offset without colon', update('2024-06-19T09:15+0200', 'Der Text bleibt.', 'Titel'), 'invalid-time'],
    ['hour 24', update('2024-06-19T24:00+02:00', 'Der Text bleibt.', 'Titel'), 'invalid-time'],
    ['German date', update('19.06.2024 09:15', 'Der Text bleibt.', 'Titel'), 'invalid-time'],
    ['markup in the time', update('<b>09:15</b>', 'Der Text bleibt.', 'Titel'), 'invalid-time'],
  ];
  for (const [name, markdown, ruleId] of malformed) {
    it(`${name}: reported, its title and text still on the page, not recorded`, async () => {
      const { html, messages, record } = await render(`Vorher.\n\n${markdown}`);
      expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([[ruleId, 3, 1]]);
      const tree = fromHtml(html, { fragment: true });
      const article = select('article[data-nr="update"]', tree);
      expect(article && hastToString(article)).toBe('TitelDer Text bleibt.');
      expect(article?.properties.id).toMatch(/^update-[a-z0-9]+$/);
      expect(select('time', tree)).toBeUndefined();
      expect(record?.updates).toEqual([]);
      expect(html).not.toContain('<b>');
    });
  }

  it('sorts an undated update after the dated ones of its feed', async () => {
    const markdown = [
      ':::update\nOhne Zeit.\n:::',
      update('2024-06-19T09:15+02:00', 'Früh.'),
      update('2024-06-19T10:15+02:00', 'Spät.'),
    ].join('\n\n');
    const { html } = await render(markdown);
    expect(htmlText(html).replace(/\s+/g, ' ')).toMatch(/Spät\..*Früh\..*Ohne Zeit\./);
  });

  it('never moves an update across other content: a heading or paragraph ends a feed', async () => {
    const markdown = [
      '## Mittwoch',
      update('2024-06-19T09:15+02:00', 'Mittwoch früh.'),
      update('2024-06-19T18:15+02:00', 'Mittwoch abends.'),
      '## Dienstag',
      update('2024-06-18T09:15+02:00', 'Dienstag früh.'),
      update('2024-06-18T18:15+02:00', 'Dienstag abends.'),
    ].join('\n\n');
    const { html, record } = await render(markdown);
    expect(htmlText(html).replace(/\s+/g, ' ')).toMatch(
      /Mittwoch .*Mittwoch abends\..*Mittwoch früh\..*Dienstag .*Dienstag abends\..*Dienstag früh\./,
    );
    expect(record?.updates.map((entry) => entry.text)).toEqual([
      'Mittwoch abends.',
      'Mittwoch früh.',
      'Dienstag abends.',
      'Dienstag früh.',
    ]);
  });

  it('is a container only: `::update` is reported and shown as written', async () => {
    const { html, messages } = await render('::update{time="2024-06-19T09:15+02:00"}');
    expect(messages.map((m) => m.ruleId)).toEqual(['wrong-directive-kind']);
    expect(htmlText(html)).toContain('::update{time="2024-06-19T09:15+02:00"}');
  });

  it('holds other blocks, and typography applies to its text and title', async () => {
    const markdown = `::::update["Live"]{time="2024-06-19T09:15+02:00"}\nEr sagte: "Ja" -- 10:30 Uhr.\n\n:::quote{by="Pat Ryder"}\nZitat.\n:::\n::::`;
    const { html, messages, record } = await render(markdown, { locale: 'de', typography: true });
    expect(messages).toEqual([]);
    expect(html).toContain('„Live“');
    expect(html).toContain('Er sagte: „Ja“ – 10:30 Uhr.');
    expect(html).toContain('data-nr="quote"');
    expect(record?.updates[0]).toMatchObject({ title: '„Live“', text: 'Er sagte: „Ja“ – 10:30 Uhr.\nZitat.' });
  });

  it('shows raw HTML in a title as text, and keeps a hostile time out of the markup', async () => {
    const markdown = `${update('2024-06-19T09:15+02:00', 'Text.', '<img src=x onerror=alert(1)>')}\n\n:::update{time="2024-06-19T09:16+02:00\\" onmouseover=\\"x"}\nB.\n:::`;
    const { html, record } = await render(markdown);
    const tree = fromHtml(html, { fragment: true });
    expect(selectAll('img', tree)).toHaveLength(0);
    expect(selectAll('[onmouseover]', tree)).toHaveLength(0);
    expect(hastToString(select('[role="heading"]', tree) as never)).toBe('<img src=x onerror=alert(1)>');
    expect(record?.updates.map((u) => u.title)).toEqual(['<img src=x onerror=alert(1)>']);
  });

  it('records an empty list when the page has no updates', async () => {
    const { record } = await render('Nur Text.');
    expect(record?.updates).toEqual([]);
  });
});

describeEachProcessor('summary with the latest updates', (render) => {
  const story = [
    update('2024-06-19T09:15+02:00', 'Putin trifft Kim. Weitere Sätze folgen.'),
    update('2024-06-19T11:40+02:00', 'Ein Vertrag wird unterzeichnet.', 'Vertrag unterzeichnet'),
    update('2024-06-19T10:05+02:00', 'Die Delegationen sprechen.'),
  ].join('\n\n');

  it('lists the newest n updates as in-page links to their anchors, from before the updates', async () => {
    const { html, messages, record } = await render(`::summary{latest="2"}\n\n${story}`, { locale: 'de' });
    expect(messages).toEqual([]);
    const tree = fromHtml(html, { fragment: true });
    const summary = select('[data-nr="summary"]', tree);
    const title = select('.nr-summary__latest-title', summary as never);
    expect(title && hastToString(title)).toBe('Die letzten Entwicklungen');
    const links = selectAll('.nr-summary__latest a', summary as never);
    expect(links.map((a) => [a.properties.href, hastToString(a)])).toEqual([
      ['#update-2024-06-19t1140', '11:40 Uhr Vertrag unterzeichnet'],
      ['#update-2024-06-19t1005', '10:05 Uhr Die Delegationen sprechen.'],
    ]);
    const anchors = new Set(ids(html));
    for (const link of links) expect(anchors.has(String(link.properties.href).slice(1))).toBe(true);
    expect(record?.summary?.latest).toEqual(['update-2024-06-19t1140', 'update-2024-06-19t1005']);
  });

  it('comes after the key points of a container summary, in English', async () => {
    const { html } = await render(`:::summary{latest="5"}\n- Punkt eins.\n:::\n\n${story}`, { locale: 'en' });
    const summary = select('[data-nr="summary"]', fromHtml(html, { fragment: true }));
    const text = summary ? hastToString(summary) : '';
    expect(text).toMatch(
      /Punkt eins\..*Latest developments.*11:40 am Vertrag unterzeichnet.*9:15 am Putin trifft Kim\.$/s,
    );
  });

  it('reports a summary of the latest updates on a page without dated updates', async () => {
    const { messages, html } = await render('::summary{latest="3"}\n\n:::update\nOhne Zeit.\n:::');
    expect(messages.map((m) => m.ruleId)).toEqual(['summary-without-updates', 'missing-attribute']);
    expect(html).not.toContain('nr-summary__latest');
  });

  for (const value of ['0', 'drei', '-1', '1000', '2.5']) {
    it(`refuses latest="${value}"`, async () => {
      const { messages, html } = await render(`::summary{latest="${value}"}\n\n${story}`);
      expect(messages.map((m) => m.ruleId)).toEqual(['invalid-attribute']);
      expect(html).not.toContain('nr-summary__latest');
    });
  }
});

describe('update: time before the article was published', () => {
  const markdown = [update('2024-06-19T07:00+02:00', 'Zu früh.'), update('2024-06-19T09:00+02:00', 'Danach.')].join(
    '\n\n',
  );

  for (const [name, published] of [
    ['an ISO string', '2024-06-19T08:00:00+02:00'],
    ['a YAML date', new Date('2024-06-19T06:00:00Z')],
  ] as const) {
    it(`unified: frontmatter \`published\` as ${name}`, async () => {
      const file = new VFile({ path: 'a.md', value: markdown, data: { frontmatter: { published } } });
      await pipeline().process(file);
      expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([['update-before-published', 1]]);
    });
  }

  it('unified: Astro frontmatter', async () => {
    const file = new VFile({ value: markdown, data: { astro: { frontmatter: { published: '2024-06-20' } } } });
    await pipeline().process(file);
    expect(file.messages.map((m) => m.ruleId)).toEqual(['update-before-published', 'update-before-published']);
  });

  it('Sätteri: through the host hook', async () => {
    const plugin = newsroomMdastPlugin(resolveOptions({}), {
      published: () => '2024-06-19T08:00:00+02:00',
      done(doc, ctx) {
        ctx.data.rules = doc.diagnostics.map((d) => d.ruleId);
      },
    });
    const result = await markdownToHtml(markdown, { features: { directive: true }, mdastPlugins: [plugin] });
    expect(result.data.rules).toEqual(['update-before-published']);
  });

  it('reads frontmatter values', () => {
    expect(publishedInstant('2024-06-19')).toBe(Date.UTC(2024, 5, 19));
    expect(publishedInstant(new Date(Number.NaN))).toBeUndefined();
    expect(publishedInstant('gestern')).toBeUndefined();
    expect(publishedInstant(20240619)).toBeUndefined();
  });
});

describe('update times', () => {
  it('parse to the instant they name', () => {
    expect(parseUpdateTime('2024-06-19T09:15+02:00')?.instant).toBe(Date.parse('2024-06-19T09:15:00+02:00'));
    expect(parseUpdateTime('2024-06-19T21:45+05:30')?.instant).toBe(Date.parse('2024-06-19T16:15:00Z'));
    expect(parseUpdateTime('2024-02-29T09:15Z')).toBeDefined();
    expect(parseUpdateTime('2023-02-29T09:15Z')).toBeUndefined();
  });

  it('format the wall clock as written, whatever the machine zone (property)', () => {
    // Any valid time, any offset: the label shows the hour and minute written, never shifted.
    const times = fc.record({
      date: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      offset: fc.integer({ min: -12 * 60, max: 14 * 60 }),
    });
    const pad = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(times, ({ date, hour, minute, offset }) => {
        const sign = offset < 0 ? '-' : '+';
        const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
        const written = `${date.toISOString().slice(0, 10)}T${pad(hour)}:${pad(minute)}${zone}`;
        const time = parseUpdateTime(written);
        expect(time).toBeDefined();
        expect(formatUpdateTime(time as never, labels.de)).toBe(`${pad(hour)}:${pad(minute)} Uhr`);
        // The instant agrees with the platform's own ISO parser.
        expect(time?.instant).toBe(Date.parse(written.replace(/(T\d\d:\d\d)/, '$1:00')));
      }),
    );
  });
});

describe('update: differential, generated feeds', () => {
  const time = fc
    .record({
      day: fc.integer({ min: 17, max: 20 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.constantFrom(0, 5, 15, 30, 45),
      zone: fc.constantFrom('+02:00', 'Z', '+09:00', '-04:00'),
    })
    .map(
      ({ day, hour, minute, zone }) =>
        `2024-06-${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}${zone}`,
    );
  const feed = fc.array(
    fc.record({
      time: fc.oneof({ weight: 9, arbitrary: time }, { weight: 1, arbitrary: fc.constant('kaputt') }),
      word: fc.stringMatching(/^[A-Za-zäöü]{2,8}$/),
    }),
    { minLength: 1, maxLength: 6 },
  );

  it('both processors agree; newest first; every text shown once; the record matches the page', async () => {
    const samples = fc.sample(feed, { seed: 20240619, numRuns: 150 });
    for (const entries of samples) {
      const markdown = `::summary{latest="3"}\n\n${entries.map((e, i) => update(e.time, `${e.word} ${i}.`)).join('\n\n')}`;
      const unified = await renderUnified(markdown, { locale: 'en' });
      const satteri = await renderSatteri(markdown, { locale: 'en' });
      expect(satteri.html).toBe(unified.html);
      expect(satteri.messages).toEqual(unified.messages);
      const tree = fromHtml(unified.html, { fragment: true });
      const articles = selectAll('article[data-nr="update"]', tree);
      expect(articles).toHaveLength(entries.length);
      const instants = articles.map((a) => {
        const datetime = select('time', a)?.properties.dateTime;
        return datetime ? Date.parse(String(datetime).replace(/(T\d\d:\d\d)/, '$1:00')) : -Infinity;
      });
      expect(instants).toEqual([...instants].sort((x, y) => y - x));
      for (const [index, entry] of entries.entries()) {
        expect(articles.filter((a) => hastToString(a).endsWith(`${entry.word} ${index}.`))).toHaveLength(1);
      }
      const record = unified.record as NewsroomRecord;
      const dated = articles.filter((a) => select('time', a));
      expect(record.updates.map((u) => u.id)).toEqual(dated.map((a) => a.properties.id));
      expect(new Set(articles.map((a) => a.properties.id)).size).toBe(articles.length);
      const links = selectAll('.nr-summary__latest a', tree).map((a) => String(a.properties.href).slice(1));
      expect(links).toEqual(record.updates.slice(0, 3).map((u) => u.id));
    }
  }, 120_000);
});

describe('update: when `published` has no offset', () => {
  it('a time without an offset reads as UTC, whatever zone the machine building the site is in', () => {
    expect(publishedInstant('2024-06-19T10:00')).toBe(Date.UTC(2024, 5, 19, 10));
    expect(publishedInstant('2024-06-19T10:00:30.5')).toBe(Date.UTC(2024, 5, 19, 10, 0, 30, 500));
    expect(publishedInstant('2024-06-19')).toBe(Date.UTC(2024, 5, 19));
    expect(publishedInstant('2024-06-19T10:00+02:00')).toBe(Date.UTC(2024, 5, 19, 8));
  });
});
