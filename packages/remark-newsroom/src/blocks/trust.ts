import { readAttributes } from '../engine/attributes.js';
import { type BlockDefinition, slot } from '../engine/block.js';
import { element } from '../engine/element.js';
import { restore } from '../engine/restore.js';

/**
 * A trust badge (JTI): the badge image with a text alternative, the
 * transparency sentence and a link to the editorial standards page. As a
 * container, its content replaces the default sentence.
 */
export const trust: BlockDefinition = {
  name: 'trust',
  kinds: ['leaf', 'container'],
  description: 'Trust badge (JTI) with transparency text and a link to the editorial standards.',
  attributes: {
    badge: { required: true, description: 'A registered badge; built in: `jti`.' },
    href: { type: 'url', description: 'The editorial standards page.' },
  },
  render(input, doc, options) {
    const { badge: badgeId, href } = readAttributes(input, trust.attributes, doc);
    if (!badgeId) return restore(input);
    const badge = Object.hasOwn(options.badges, badgeId) ? options.badges[badgeId] : undefined;
    if (!badge) {
      doc.report({
        ruleId: 'unknown-badge',
        message: `trust has unknown badge ${JSON.stringify(badgeId)} (registered: ${Object.keys(options.badges).join(', ')})`,
        position: input.position,
      });
      return restore(input);
    }
    doc.record.trust.push(href ? { badge: badgeId, href } : { badge: badgeId });
    const linkText = input.label?.length ? slot(input.label) : doc.labels.trustLink;
    const text =
      input.kind === 'container' && input.children.length
        ? slot(input.children)
        : element('p', { className: ['nr-trust__text'] }, [doc.labels.trustText]);
    return [
      element(
        'aside',
        { dataNr: 'trust', dataBadge: badgeId, className: ['nr-trust'], ariaLabel: doc.labels.trustAlt },
        [
          element('img', {
            className: ['nr-trust__badge'],
            src: badge.src,
            alt: badge.alt?.[doc.locale] ?? doc.labels.trustAlt,
            width: badge.width,
            height: badge.height,
          }),
          element('div', { className: ['nr-trust__body'] }, [
            text,
            ...(href ? [element('p', {}, [element('a', { href, className: ['nr-trust__link'] }, [linkText])])] : []),
          ]),
        ],
      ),
    ];
  },
};
