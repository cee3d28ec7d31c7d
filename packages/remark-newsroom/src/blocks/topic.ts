import { readAttributes } from '../engine/attributes.js';
import { type BlockDefinition, slot } from '../engine/block.js';
import { element } from '../engine/element.js';
import { restore } from '../engine/restore.js';

/** A related-topic link, e.g. "Mehr News zum Krieg in der Ukraine". */
export const topic: BlockDefinition = {
  name: 'topic',
  kinds: ['leaf'],
  description: 'Link to a related topic page.',
  attributes: {
    href: { required: true, type: 'url', description: 'The topic page.' },
  },
  render(input, doc) {
    const { href } = readAttributes(input, topic.attributes, doc);
    const label = input.labelText.trim();
    if (!label || !input.label) {
      doc.report({
        ruleId: 'missing-label',
        message: 'topic is missing its label, e.g. ::topic[Mehr News]{href="/themen/x"}',
        position: input.position,
      });
    }
    if (!href || !label || !input.label) return restore(input);
    doc.record.topic = { label, href };
    return [
      element('p', { dataNr: 'topic', className: ['nr-topic'] }, [
        element('a', { href, className: ['nr-topic__link'] }, [slot(input.label)]),
      ]),
    ];
  },
};
