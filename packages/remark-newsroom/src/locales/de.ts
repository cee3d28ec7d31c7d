import type { LocaleDefinition } from './types.js';

/** German (Germany, Austria). */
export const de: LocaleDefinition = {
  labels: {
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
    articleBy: 'Von',
    articlePublished: 'Veröffentlicht am',
    articleUpdated: 'Aktualisiert am',
    articleSource: 'Quelle',
    articleUpdates: 'Aktualisierungen',
  },
  typography: {
    quotes: { outer: ['„', '“'], inner: ['‚', '‘'] },
    quoteSpace: '',
    spaceBefore: {},
    insertSpaceBefore: false,
    spacedHyphenIsDash: true,
  },
};
