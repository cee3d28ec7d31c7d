import { readAttributes } from '../engine/attributes.js';
import { type BlockDefinition, slot } from '../engine/block.js';
import { element } from '../engine/element.js';
import type { BlockContent, DocumentContext, UpdateRecord } from '../engine/types.js';
import { parseUpdateTime } from '../engine/update-times.js';
import { formatUpdateLabelTime, spansDays } from './update.js';

/**
 * "Die Lage im Überblick": a labelled section (core content, not an aside).
 * `:::summary` wraps the author's list or paragraphs; `::summary{from="headings"}`
 * lists the document's `##` sections as in-page links; `latest="3"` adds
 * "Die letzten Entwicklungen", the newest three updates as in-page links.
 */
export const summary: BlockDefinition = {
  name: 'summary',
  kinds: ['container', 'leaf'],
  description: 'Key points box titled "Die Lage im Überblick", or a list of the article’s sections.',
  linksHeadings: (attributes) => attributes.from === 'headings',
  attributes: {
    from: {
      values: ['headings'],
      description: '`headings` builds the box from the article’s `##` sections.',
    },
    latest: {
      description: 'A number, e.g. `3`: adds "Die letzten Entwicklungen", the newest updates of the page as links.',
    },
  },
  render(input, doc) {
    const attributes = readAttributes(input, summary.attributes, doc);
    const fromHeadings = attributes.from === 'headings';
    const title = input.labelText.trim() || doc.labels.summaryTitle;
    let body: BlockContent[];
    let items: string[];
    if (fromHeadings) {
      const sections = doc.headings.filter((heading) => heading.depth === 2);
      if (sections.length === 0) {
        doc.report({
          ruleId: 'summary-without-headings',
          message: 'summary from headings on a page without `##` headings',
          position: input.position,
        });
      }
      items = sections.map((section) => section.text);
      body = sections.length
        ? [
            element(
              'ul',
              { className: ['nr-summary__list'] },
              sections.map((section) => element('li', {}, [element('a', { href: `#${section.id}` }, [section.text])])),
            ),
          ]
        : [];
      if (input.kind === 'container') body.push(slot(input.children));
    } else {
      items = input.blockTexts;
      body = [slot(input.children)];
    }

    const latest = latestCount(attributes.latest, input, doc);
    const linked = latest === undefined ? [] : doc.updates.slice(0, latest);
    if (latest !== undefined && linked.length === 0) {
      doc.report({
        ruleId: 'summary-without-updates',
        message: 'summary lists the latest updates on a page without dated `:::update` blocks',
        position: input.position,
      });
    }

    // The first summary is the article's; a later one (say, a table of contents) is extra.
    doc.record.summary ??= {
      title,
      items,
      fromHeadings,
      ...(latest === undefined ? {} : { latest: linked.map((entry) => entry.id) }),
    };
    const id = doc.nextId('nr-summary', title + items.join(''));
    // A heading for assistive technology (role, level 2) that hosts do not take
    // for a section of the article: no table-of-contents entry, no anchor link.
    const titleProperties = { id, className: ['nr-summary__title'], role: 'heading', ariaLevel: 2 };
    const heading = element('p', titleProperties, [input.label?.length ? slot(input.label) : title]);
    return [
      element(
        'section',
        {
          dataNr: 'summary',
          className: fromHeadings ? ['nr-summary', 'nr-summary--headings'] : ['nr-summary'],
          ariaLabelledBy: [id],
        },
        [heading, ...body, ...latestList(linked, id, doc)],
      ),
    ];
  },
};

/** The `latest` attribute: a whole number from 1 to 999, else reported and ignored. */
function latestCount(
  value: string | undefined,
  input: { position?: unknown },
  doc: DocumentContext,
): number | undefined {
  if (value === undefined) return undefined;
  if (/^[1-9]\d{0,2}$/.test(value)) return Number(value);
  doc.report({
    ruleId: 'invalid-attribute',
    message: `summary has an invalid \`latest\` ${JSON.stringify(value)} (allowed: a whole number from 1 to 999)`,
    position: input.position as never,
  });
  return undefined;
}

/** "Die letzten Entwicklungen": a sub-heading and one in-page link per update. */
function latestList(updates: readonly UpdateRecord[], summaryId: string, doc: DocumentContext): BlockContent[] {
  if (updates.length === 0) return [];
  const titleId = `${summaryId}-latest`;
  const dated = spansDays(doc);
  const items = updates.map((entry) => {
    const time = parseUpdateTime(entry.time);
    const when = time
      ? [element('time', { dateTime: entry.time }, [formatUpdateLabelTime(time, doc.labels, doc.locale, dated)]), ' ']
      : [];
    return element('li', {}, [element('a', { href: `#${entry.id}` }, [...when, headline(entry)])]);
  });
  return [
    element('p', { id: titleId, className: ['nr-summary__latest-title'], role: 'heading', ariaLevel: 3 }, [
      doc.labels.latestUpdatesTitle,
    ]),
    element('ul', { className: ['nr-summary__latest'], ariaLabelledBy: [titleId] }, items),
  ];
}

/** An update's title, or the first sentence of its text (at most about 120 characters). */
export function headline(entry: UpdateRecord): string {
  if (entry.title) return entry.title;
  const text = entry.text.replace(/\s+/g, ' ').trim();
  const sentence = /^.+?[.!?…](?=\s|$)/u.exec(text)?.[0] ?? text;
  if (sentence.length <= 120) return sentence;
  const cut = sentence.slice(0, 120);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : 120).trimEnd()}…`;
}
