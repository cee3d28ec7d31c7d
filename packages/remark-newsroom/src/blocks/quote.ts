import type { Blockquote, Paragraph } from 'mdast';
import { readAttributes } from '../engine/attributes.js';
import { type BlockDefinition, slot } from '../engine/block.js';
import { element } from '../engine/element.js';
import { blockTexts, type TextReader } from '../engine/input.js';
import { quoteAddsMarks } from '../engine/quote-marks.js';
import type { BlockContent, BlockInput, QuoteRecord } from '../engine/types.js';
import { type QuotePair, typographyRules } from '../locales.js';

/**
 * An attributed quote: `<figure>` with the `<blockquote>` and a caption naming
 * speaker and role. `<cite>` holds only the title of a work (the `source`),
 * never the person (WHATWG). The locale's quote marks are in the text (so
 * reader views, feeds and copy-paste keep them), unless the author typed them.
 */
export const quote: BlockDefinition = {
  name: 'quote',
  kinds: ['container'],
  description: 'Attributed quote with speaker, role and source.',
  quotesBody: true,
  fromBlockquote: (node, read) => quoteFromBlockquote(node, read),
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
      caption.push(element('span', { className: ['nr-quote__by'] }, [slot(input.label)]));
    } else if (by) {
      caption.push(element('span', { className: ['nr-quote__by'] }, [by]));
    } else {
      doc.report({ ruleId: 'missing-attribute', message: 'quote is missing by', position: input.position });
    }
    if (role) {
      if (caption.length) caption.push({ type: 'text', value: ', ' });
      caption.push(element('span', { className: ['nr-quote__role'] }, [role]));
    }
    if (source) {
      if (caption.length) caption.push({ type: 'text', value: ', ' });
      const title = href ? element('a', { href }, [source]) : source;
      caption.push(element('cite', { className: ['nr-quote__source'] }, [title]));
    }
    const record: QuoteRecord = { text: input.blockTexts.join('\n') };
    if (speaker) record.by = speaker;
    if (role) record.role = role;
    if (source) record.source = source;
    if (href) record.href = href;
    doc.record.quotes.push(record);
    return [
      element('figure', { dataNr: 'quote', className: ['nr-quote'] }, [
        element('blockquote', { cite: href, lang }, quoted(input.children, input.blockTexts[0] ?? '', doc.locale)),
        ...(caption.length ? [element('figcaption', { className: ['nr-quote__caption'] }, caption)] : []),
      ]),
    ];
  },
};

const attributionLine = /^\s*(?:—|–|--)\s*/;

/**
 * The plain-Markdown quote: a blockquote whose last paragraph starts with `—`
 * or `--`. The text before the first comma names the speaker, the rest is the
 * role; both are read as the page shows them (colons and all).
 */
function quoteFromBlockquote(node: Blockquote, read: TextReader): BlockInput | undefined {
  const children = node.children ?? [];
  const last = children.at(-1);
  if (children.length < 2 || last?.type !== 'paragraph') return undefined;
  const line = read(last);
  if (!attributionLine.test(line)) return undefined;
  const attribution = line.replace(attributionLine, '').trim();
  const comma = attribution.indexOf(',');
  const by = (comma === -1 ? attribution : attribution.slice(0, comma)).trim();
  const role = comma === -1 ? '' : attribution.slice(comma + 1).trim();
  if (!by) return undefined;
  const body = children.slice(0, -1);
  return {
    kind: 'container',
    name: 'quote',
    attributes: role ? { by, role } : { by },
    labelText: '',
    children: body,
    blockTexts: blockTexts(body, read),
    position: node.position ?? undefined,
  };
}

function quoted(children: unknown[], firstText: string, locale: keyof typeof typographyRules): BlockContent[] {
  const { quotes, quoteSpace } = typographyRules[locale];
  const open = `${quotes.outer[0]}${quoteSpace}`;
  const close = `${quoteSpace}${quotes.outer[1]}`;
  if (!quoteAddsMarks(children, firstText)) return [slot(children)];
  if (typeof children[0] === 'string') return [slot([quotedHtml(children.join(''), [open, close])])];
  // `quoteAddsMarks` found a paragraph first and last.
  const first = children[0] as Paragraph;
  const last = children.at(-1) as Paragraph;
  const text = (value: string): BlockContent => ({ type: 'text', value });
  if (children.length === 1) return [element('p', {}, [text(open), slot(first.children ?? []), text(close)])];
  return [
    element('p', {}, [text(open), slot(first.children ?? [])]),
    slot(children.slice(1, -1)),
    element('p', {}, [slot(last.children ?? []), text(close)]),
  ];
}

const openingParagraph = /^\s*<p(?:\s[^>]*)?>/;
const closingParagraph = /<\/p>\s*$/;

/** The component path: the body is rendered HTML; marks go inside its first and last paragraph, or around bare text. */
function quotedHtml(html: string, [open, close]: QuotePair): string {
  const trimmed = html.trim();
  if (!trimmed.startsWith('<')) return `${open}${trimmed}${close}`;
  const start = openingParagraph.exec(trimmed);
  if (!start || !closingParagraph.test(trimmed)) return html;
  const body = trimmed.slice(start[0].length).replace(closingParagraph, '');
  return `${start[0]}${open}${body}${close}</p>`;
}
