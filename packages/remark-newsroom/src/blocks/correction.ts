import { h } from 'hastscript';
import { readAttributes } from '../engine/attributes.js';
import { type BlockDefinition, slot } from '../engine/block.js';
import type { BlockContent } from '../engine/types.js';

/** A correction notice: a note with its label and the date of the correction. */
export const correction: BlockDefinition = {
  name: 'correction',
  kinds: ['container'],
  description: 'Correction notice with its date.',
  attributes: {
    date: { required: true, type: 'date', description: 'When the article was corrected, ISO 8601 (`2024-06-19`).' },
  },
  render(input, doc) {
    const { date } = readAttributes(input, correction.attributes, doc);
    const label = input.label?.length ? slot(input.label) : doc.labels.correctionLabel;
    const heading: BlockContent[] = [h('strong', { className: ['nr-correction__label'] }, label)];
    if (date) {
      heading.push(
        { type: 'text', value: ' ' },
        h('time', { className: ['nr-correction__date'], dateTime: date }, formatDate(date, doc.locale)),
      );
      doc.record.corrections.push({ date, text: input.blockTexts.join('\n') });
    }
    return [
      h('aside', { dataNr: 'correction', className: ['nr-correction'], role: 'note' }, [
        h('p', { className: ['nr-correction__head'] }, heading),
        slot(input.children),
      ]),
    ];
  },
};

// Building an Intl formatter costs far more than formatting, and formatting
// more than a lookup: one formatter per locale, one string per date.
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatted = new Map<string, string>();

/** `19. Juni 2024` / `June 19, 2024`: the date as written, never shifted by time zones. */
export function formatDate(iso: string, locale: string): string {
  const key = `${locale} ${iso}`;
  const known = formatted.get(key);
  if (known !== undefined) return known;
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const text = formatter.format(new Date(Date.UTC(year, month - 1, day)));
  if (formatted.size > 10_000) formatted.clear();
  formatted.set(key, text);
  return text;
}
