import { readAttributes } from '../engine/attributes.js';
import { type BlockDefinition, slot } from '../engine/block.js';
import { element } from '../engine/element.js';
import { restore } from '../engine/restore.js';
import type { BlockContent } from '../engine/types.js';
import { format, type Labels } from '../locales.js';
import { isPlainSegment, type PollProvider, providerUrl } from '../providers.js';

/** A poll's fixed sentences, which name its provider. */
interface PollTexts {
  notice: string;
  privacyLink: string;
  remember: string;
  fallback: string;
  revoke: string;
}

/**
 * The sentences, filled from the provider's names, once per provider and
 * labels. Resolved options are not frozen (unified merges a plugin's second
 * options into the first in place), so an entry keeps the seven strings it
 * was filled from and is used only while all are the same: seven comparisons
 * of the same strings, where filling took five template scans and five new
 * strings per poll.
 */
function pollTexts(provider: PollProvider, labels: Labels): PollTexts {
  const inputs = [
    provider.name,
    provider.company,
    labels.pollNotice,
    labels.pollPrivacyLink,
    labels.pollRemember,
    labels.pollFallback,
    labels.pollRevoke,
  ];
  let byLabels = filledTexts.get(provider);
  if (!byLabels) {
    byLabels = new WeakMap();
    filledTexts.set(provider, byLabels);
  }
  const known = byLabels.get(labels);
  if (known?.inputs.every((value, index) => value === inputs[index])) return known.texts;
  const name = { provider: provider.name, company: provider.company };
  const texts = {
    notice: format(labels.pollNotice, name),
    privacyLink: format(labels.pollPrivacyLink, name),
    remember: format(labels.pollRemember, name),
    fallback: format(labels.pollFallback, name),
    revoke: format(labels.pollRevoke, name),
  };
  byLabels.set(labels, { inputs, texts });
  return texts;
}

const filledTexts = new WeakMap<PollProvider, WeakMap<Labels, { inputs: readonly string[]; texts: PollTexts }>>();

/**
 * A privacy-first poll placeholder. The static HTML loads nothing
 * from the provider: it says who the provider is and what loading does, and
 * offers a real button. The consent script (astro-newsroom) reads the
 * `data-*` attributes and swaps in the provider's iframe on click.
 */
export const poll: BlockDefinition = {
  name: 'poll',
  kinds: ['leaf'],
  description: 'Privacy-first placeholder for an embedded poll (Civey built in).',
  attributes: {
    id: { required: true, description: 'The poll’s id at the provider.' },
    provider: { description: 'A registered provider; default `civey`.' },
    title: { description: 'The poll’s question (or give it as the label).' },
    example: { values: ['true', 'false'], description: '`true` marks the poll as an example.' },
  },
  render(input, doc, options) {
    const attributes = readAttributes(input, poll.attributes, doc);
    const providerId = attributes.provider ?? 'civey';
    const provider = Object.hasOwn(options.providers, providerId) ? options.providers[providerId] : undefined;
    if (!provider) {
      doc.report({
        ruleId: 'unknown-provider',
        message: `poll has unknown provider ${JSON.stringify(providerId)} (registered: ${Object.keys(options.providers).join(', ')})`,
        position: input.position,
      });
    }
    const { id } = attributes;
    if (id !== undefined && !isPlainSegment(id)) {
      doc.report({
        ruleId: 'invalid-attribute',
        message: `poll has an invalid \`id\` ${JSON.stringify(id)}: use the provider's id, one path segment without slashes, spaces, \`.\` or \`..\``,
        position: input.position,
      });
      return restore(input);
    }
    if (!id || !provider) return restore(input);

    const labels = doc.labels;
    const texts = pollTexts(provider, labels);
    const question: BlockContent | string | undefined = input.label?.length ? slot(input.label) : attributes.title;
    const title = input.labelText.trim() || attributes.title;
    const pollUrl = providerUrl(provider.pollUrl, id);
    const methodology = provider.methodology?.[doc.locale];
    doc.record.polls.push(title ? { provider: providerId, id, title } : { provider: providerId, id });

    return [
      element(
        'figure',
        {
          dataNr: 'poll',
          className: ['nr-poll'],
          dataProvider: providerId,
          dataPollId: id,
          dataEmbedUrl: providerUrl(provider.embedUrl, id),
        },
        [
          question
            ? element('figcaption', { className: ['nr-poll__title'] }, [
                ...(attributes.example === 'true'
                  ? [element('span', { className: ['nr-poll__example'] }, [`${labels.pollExampleNote}: `])]
                  : []),
                question,
              ])
            : undefined,
          element('div', { className: ['nr-poll__stage'], dataNrPollStage: '' }, [
            element('p', { className: ['nr-poll__notice'] }, [
              `${texts.notice} `,
              element('a', { href: provider.privacyUrl, className: ['nr-poll__privacy'] }, [texts.privacyLink]),
            ]),
            element('p', { className: ['nr-poll__actions'] }, [
              element('button', { type: 'button', className: ['nr-poll__load'], dataNrPollLoad: '' }, [
                labels.pollLoad,
              ]),
              element('label', { className: ['nr-poll__remember'] }, [
                element('input', { type: 'checkbox', dataNrPollRemember: '' }),
                ` ${texts.remember}`,
              ]),
            ]),
            element('noscript', {}, [element('a', { href: pollUrl }, [texts.fallback])]),
            element('p', { className: ['nr-poll__fallback'], dataNrPollFallback: '', hidden: true }, [
              `${labels.pollNotShown} `,
              element('a', { href: pollUrl }, [texts.fallback]),
            ]),
          ]),
          // Outside the stage, so a reader can withdraw consent while the embed is shown.
          element('button', { type: 'button', className: ['nr-poll__revoke'], dataNrPollRevoke: '', hidden: true }, [
            texts.revoke,
          ]),
          methodology ? element('p', { className: ['nr-poll__methodology'] }, [methodology]) : undefined,
        ].filter((node) => node !== undefined),
      ),
    ];
  },
};
