/**
 * Fixed strings per locale, as data (like Starlight's `translations/`).
 * `de-CH` follows Swiss orthography: no ß anywhere in these strings.
 */
export type Locale = 'de' | 'de-CH' | 'en';

export const locales: readonly Locale[] = ['de', 'de-CH', 'en'];

export interface Labels {
  summaryTitle: string;
  correctionLabel: string;
  pollLoad: string;
  pollRemember: string;
  pollRevoke: string;
  pollNotice: string;
  pollPrivacyLink: string;
  pollFallback: string;
  pollNotShown: string;
  pollExampleNote: string;
  trustAlt: string;
  trustText: string;
  trustLink: string;
  /** An update's time line; `{time}` is {@link Labels.updateTime} filled in. */
  updateLabel: string;
  /**
   * The time line on a page whose updates span several days; `{time}` is
   * {@link Labels.updateDateTime} filled in.
   */
  updateLabelDated: string;
  /** `{date}`: the long date (`19. Juni 2024`); `{time}`: {@link Labels.updateTime}. */
  updateDateTime: string;
  /**
   * A time of day: `{HH}` 24-hour, two digits; `{h}` 12-hour; `{mm}` minutes;
   * `{ampm}` {@link Labels.updateAm} or {@link Labels.updatePm}.
   */
  updateTime: string;
  updateAm: string;
  updatePm: string;
  /** The title of a summary's list of the newest updates. */
  latestUpdatesTitle: string;
}

const de: Labels = {
  summaryTitle: 'Die Lage im Überblick',
  correctionLabel: 'Korrektur',
  pollLoad: 'Umfrage laden',
  pollRemember: 'Umfragen von {provider} künftig ohne Nachfrage laden',
  pollRevoke: 'Einwilligung für {provider} widerrufen',
  pollNotice:
    'Hier erscheint eine Umfrage von {provider}. Erst wenn Sie sie laden, wird eine Verbindung zu {provider} hergestellt. Der Anbieter, {company}, kann dabei Informationen auf Ihrem Gerät speichern oder auslesen; wer abstimmt, gibt Angaben wie Geburtsjahr und Postleitzahl an.',
  pollPrivacyLink: 'Datenschutzhinweise von {provider}',
  pollFallback: 'Umfrage bei {provider} öffnen',
  pollNotShown: 'Umfrage wird nicht angezeigt?',
  pollExampleNote: 'Beispielumfrage',
  trustAlt: 'JTI zertifiziert',
  trustText:
    '„So arbeitet die Redaktion“ informiert Sie, wann und worüber wir berichten, wie wir mit Fehlern umgehen und woher unsere Inhalte stammen. Bei der Berichterstattung halten wir uns an die Richtlinien der Journalism Trust Initiative.',
  trustLink: 'So arbeitet die Redaktion',
  updateLabel: 'Aktualisiert um {time}',
  updateLabelDated: 'Aktualisiert am {time}',
  updateDateTime: '{date} um {time}',
  updateTime: '{HH}:{mm} Uhr',
  updateAm: '',
  updatePm: '',
  latestUpdatesTitle: 'Die letzten Entwicklungen',
};

export const labels: Record<Locale, Labels> = {
  de,
  // Swiss German: the same words; «…» quote marks (and never ß, which these strings avoid).
  'de-CH': {
    ...de,
    trustText:
      '«So arbeitet die Redaktion» informiert Sie, wann und worüber wir berichten, wie wir mit Fehlern umgehen und woher unsere Inhalte stammen. Bei der Berichterstattung halten wir uns an die Richtlinien der Journalism Trust Initiative.',
    // Swiss usage writes the time of day with a point: 09.15 Uhr.
    updateTime: '{HH}.{mm} Uhr',
  },
  en: {
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
  },
};

/** Quote marks per locale: primary pair, then secondary pair. */
export const quoteMarks: Record<Locale, { double: [string, string]; single: [string, string] }> = {
  de: { double: ['„', '“'], single: ['‚', '‘'] },
  'de-CH': { double: ['«', '»'], single: ['‹', '›'] },
  en: { double: ['“', '”'], single: ['‘', '’'] },
};

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
