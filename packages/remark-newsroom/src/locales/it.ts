import type { LocaleDefinition } from './types.js';

/** Italian: «…» without spaces, inner “…”, the spaced en dash for an inciso. */
export const it: LocaleDefinition = {
  labels: {
    summaryTitle: 'La situazione in sintesi',
    correctionLabel: 'Rettifica',
    pollLoad: 'Carica il sondaggio',
    pollRemember: 'D’ora in poi carica i sondaggi di {provider} senza chiedere',
    pollRevoke: 'Revoca il consenso per {provider}',
    pollNotice:
      'Qui compare un sondaggio di {provider}. Solo quando lo carica, il suo browser si collega a {provider}. Il fornitore, {company}, può salvare o leggere informazioni sul suo dispositivo; chi vota indica dati come l’anno di nascita e il codice postale.',
    pollPrivacyLink: 'Informativa sulla privacy di {provider}',
    pollFallback: 'Apri il sondaggio sul sito di {provider}',
    pollNotShown: 'Il sondaggio non compare?',
    pollExampleNote: 'Sondaggio di esempio',
    trustAlt: 'Certificato JTI',
    trustText:
      '«Come lavora la redazione» le spiega quando e su che cosa riferiamo, come trattiamo gli errori e da dove provengono i nostri contenuti. Nel nostro lavoro seguiamo le regole della Journalism Trust Initiative.',
    trustLink: 'Come lavora la redazione',
    updateLabel: 'Aggiornato alle {time}',
    updateLabelDated: 'Aggiornato il {time}',
    updateDateTime: '{date} alle {time}',
    updateTime: '{HH}:{mm}',
    updateAm: '',
    updatePm: '',
    latestUpdatesTitle: 'Gli ultimi sviluppi',
    articleBy: 'Di',
    articlePublished: 'Pubblicato il',
    articleUpdated: 'Aggiornato il',
    articleSource: 'Fonte',
    articleUpdates: 'Aggiornamenti',
  },
  typography: {
    quotes: { outer: ['«', '»'], inner: ['“', '”'] },
    quoteSpace: '',
    spaceBefore: {},
    insertSpaceBefore: false,
    spacedHyphenIsDash: true,
  },
};
