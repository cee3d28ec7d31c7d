import { readAttributes } from '../engine/attributes.js';
import { type BlockDefinition, slot } from '../engine/block.js';
import { formatDate } from '../engine/dates.js';
import { element } from '../engine/element.js';
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
    const heading: BlockContent[] = [element('strong', { className: ['nr-correction__label'] }, [label])];
    if (date) {
      heading.push(
        { type: 'text', value: ' ' },
        element('time', { className: ['nr-correction__date'], dateTime: date }, [formatDate(date, doc.locale)]),
      );
      doc.record.corrections.push({ date, text: input.blockTexts.join('\n') });
    }
    return [
      element('aside', { dataNr: 'correction', className: ['nr-correction'], role: 'note' }, [
        element('p', { className: ['nr-correction__head'] }, heading),
        slot(input.children),
      ]),
    ];
  },
};
