import { h } from 'hastscript';
import { readAttributes } from '../engine/attributes.js';
import { type BlockDefinition, slot } from '../engine/block.js';
import type { BlockContent } from '../engine/types.js';

/**
 * "Die Lage im Überblick": a labelled section (core content, not an aside).
 * `:::summary` wraps the author's list or paragraphs; `::summary{from="headings"}`
 * lists the document's `##` sections as in-page links.
 */
export const summary: BlockDefinition = {
  name: 'summary',
  kinds: ['container', 'leaf'],
  description: 'Key points box titled "Die Lage im Überblick", or a list of the article’s sections.',
  attributes: {
    from: {
      values: ['headings'],
      description: '`headings` builds the box from the article’s `##` sections.',
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
            h(
              'ul',
              { className: ['nr-summary__list'] },
              sections.map((section) => h('li', h('a', { href: `#${section.id}` }, section.text))),
            ),
          ]
        : [];
      if (input.kind === 'container') body.push(slot(input.children));
    } else {
      items = input.blockTexts;
      body = [slot(input.children)];
    }

    // The first summary is the article's; a later one (say, a table of contents) is extra.
    doc.record.summary ??= { title, items, fromHeadings };
    const id = doc.nextId('nr-summary', title + items.join(''));
    // A heading for assistive technology (role, level 2) that hosts do not take
    // for a section of the article: no table-of-contents entry, no anchor link.
    const titleProperties = { id, className: ['nr-summary__title'], role: 'heading', ariaLevel: '2' };
    const heading = h('p', titleProperties, input.label?.length ? slot(input.label) : title);
    return [
      h(
        'section',
        {
          dataNr: 'summary',
          className: fromHeadings ? ['nr-summary', 'nr-summary--headings'] : ['nr-summary'],
          ariaLabelledBy: id,
        },
        [heading, ...body],
      ),
    ];
  },
};
