import { readAttributes } from '../engine/attributes.js';
import { type BlockDefinition, slot } from '../engine/block.js';
import { element } from '../engine/element.js';
import { restore } from '../engine/restore.js';

/** An agency credit such as `:credit[dpa/thp]`: agency, then the editor's initials. */
export const credit: BlockDefinition = {
  name: 'credit',
  kinds: ['text'],
  description: 'Inline agency credit, e.g. `dpa/thp`.',
  attributes: {},
  render(input, doc) {
    readAttributes(input, credit.attributes, doc);
    const label = input.labelText.trim();
    if (!label || !input.label) {
      doc.report({
        ruleId: 'missing-label',
        message: 'credit is missing its label, e.g. :credit[dpa/thp]',
        position: input.position,
      });
      return restore(input);
    }
    const [agency = label, author] = label.split('/').map((part) => part.trim());
    doc.record.credits.push(author ? { label, agency, author } : { label, agency });
    return [element('span', { dataNr: 'credit', className: ['nr-credit'] }, [slot(input.label)])];
  },
};
