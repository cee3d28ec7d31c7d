import { fr } from './fr.js';
import type { LocaleDefinition } from './types.js';

/**
 * Swiss French, as the Swiss press sets it: «…» without spaces inside, inner
 * ‹…›, and no space added before ; : ? ! (Le Temps, RTS). A space the author
 * typed before them is kept and made no-break (U+202F, U+00A0 before :), so a
 * mark never starts a line; a space typed inside the marks is kept as written.
 */
export const frCH: LocaleDefinition = {
  labels: {
    ...fr.labels,
    pollNotice: fr.labels.pollNotice.replace('\u202F;', ';'),
    pollNotShown: 'Le sondage ne s’affiche pas?',
    // Swiss French writes the time of day with a point, as Swiss German does: 09.15 h.
    updateTime: '{HH}.{mm}\u00A0h',
    trustText: fr.labels.trustText.replace('«\u202F', '«').replace('\u202F»', '»'),
  },
  typography: {
    quotes: { outer: ['«', '»'], inner: ['‹', '›'] },
    quoteSpace: '',
    spaceBefore: { ';': '\u202F', '?': '\u202F', '!': '\u202F', ':': '\u00A0' },
    insertSpaceBefore: false,
    spacedHyphenIsDash: true,
  },
};
