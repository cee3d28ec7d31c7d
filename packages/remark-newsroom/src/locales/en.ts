import type { LocaleDefinition } from './types.js';

/** English. A spaced hyphen stays a hyphen: house styles differ (en dash, em dash), so the author writes `--` or `---`. */
export const en: LocaleDefinition = {
  labels: {
    summaryTitle: 'The situation at a glance',
    correctionLabel: 'Correction',
    pollLoad: 'Load poll',
    pollRemember: 'Load polls from {provider} without asking from now on',
    pollRevoke: 'Withdraw consent for {provider}',
    pollNotice:
      'A poll by {provider} appears here. Only when you load it does your browser connect to {provider}. The provider, {company}, may store or read information on your device; voters give details such as year of birth and postcode.',
    pollPrivacyLink: 'Privacy notice of {provider}',
    pollFallback: 'Open the poll on the {provider} website',
    pollNotShown: 'Poll not showing?',
    pollExampleNote: 'Example poll',
    trustAlt: 'JTI certified',
    trustText:
      '“How our newsroom works” tells you when and what we report on, how we deal with mistakes and where our content comes from. Our reporting follows the standards of the Journalism Trust Initiative.',
    trustLink: 'How our newsroom works',
    updateLabel: 'Updated {time}',
    updateLabelDated: 'Updated {time}',
    updateDateTime: '{date}, {time}',
    updateTime: '{h}:{mm} {ampm}',
    updateAm: 'am',
    updatePm: 'pm',
    latestUpdatesTitle: 'Latest developments',
    articleBy: 'By',
    articlePublished: 'Published',
    articleUpdated: 'Updated',
    articleSource: 'Source',
    articleUpdates: 'Updates',
  },
  typography: {
    quotes: { outer: ['“', '”'], inner: ['‘', '’'] },
    quoteSpace: '',
    spaceBefore: {},
    insertSpaceBefore: false,
    spacedHyphenIsDash: false,
  },
};
