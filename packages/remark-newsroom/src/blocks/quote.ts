import { h } from 'hastscript';
import { readAttributes } from '../engine/attributes.js';
import { type BlockDefinition, slot } from '../engine/block.js';
import type { BlockContent, QuoteRecord } from '../engine/types.js';

/**
 * An attributed quote: `<figure>` with the `<blockquote>` and a caption naming
 * speaker and role. `<cite>` holds only the title of a work (the `source`),
 * never the person (WHATWG). Quote marks come from CSS, not the text.
 */
export const quote: BlockDefinition = {
  name: 'quote',
  kinds: ['container'],
  description: 'Attributed quote with speaker, role and source.',
  attributes: {
    by: { description: 'Who said it, e.g. `Pat Ryder` (required, or give it as the label).' },
    role: { description: 'The speaker’s role, e.g. `Sprecher des US-Verteidigungsministeriums`.' },
    source: { description: 'The work quoted from, e.g. a newspaper: rendered as `<cite>`.' },
    href: { type: 'url', description: 'URL of the source: the blockquote’s `cite`, and a link on the source.' },
    lang: { description: 'Language of the quote when it differs from the page (BCP 47, e.g. `en`).' },
  },
  render(input, doc) {
    const { by, role, source, href, lang } = readAttributes(input, quote.attributes, doc);
    const caption: BlockContent[] = [];
    const speaker = by ?? (input.labelText.trim() || undefined);
    if (input.label?.length && !by) {
      caption.push(h('span', { className: ['nr-quote__by'] }, slot(input.label)));
    } else if (by) {
      caption.push(h('span', { className: ['nr-quote__by'] }, by));
    } else {
      doc.report({ ruleId: 'missing-attribute', message: 'quote is missing by', position: input.position });
    }
    if (role) {
      if (caption.length) caption.push({ type: 'text', value: ', ' });
      caption.push(h('span', { className: ['nr-quote__role'] }, role));
    }
    if (source) {
      if (caption.length) caption.push({ type: 'text', value: ', ' });
      const title = href ? h('a', { href }, source) : source;
      caption.push(h('cite', { className: ['nr-quote__source'] }, title));
    }
    const record: QuoteRecord = { text: input.blockTexts.join('\n') };
    if (speaker) record.by = speaker;
    if (role) record.role = role;
    if (source) record.source = source;
    if (href) record.href = href;
    doc.record.quotes.push(record);
    return [
      h('figure', { dataNr: 'quote', className: ['nr-quote'] }, [
        h('blockquote', { cite: href, lang }, slot(input.children)),
        ...(caption.length ? [h('figcaption', { className: ['nr-quote__caption'] }, caption)] : []),
      ]),
    ];
  },
};
