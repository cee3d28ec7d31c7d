import type { LocaleDefinition } from './types.js';

/**
 * French (France): « … » with narrow no-break spaces (U+202F) inside, U+202F
 * before ; ? ! and a no-break space (U+00A0) before : — added where the
 * author typed none (Imprimerie nationale).
 */
export const fr: LocaleDefinition = {
  labels: {
    summaryTitle: 'L’essentiel en bref',
    correctionLabel: 'Correction',
    pollLoad: 'Charger le sondage',
    pollRemember: 'Charger désormais les sondages de {provider} sans demander',
    pollRevoke: 'Retirer le consentement pour {provider}',
    pollNotice:
      'Un sondage de {provider} apparaît ici. Ce n’est que lorsque vous le chargez que votre navigateur se connecte à {provider}. Le fournisseur, {company}, peut alors enregistrer ou lire des informations sur votre appareil\u202F; les votants indiquent par exemple leur année de naissance et leur code postal.',
    pollPrivacyLink: 'Politique de confidentialité de {provider}',
    pollFallback: 'Ouvrir le sondage sur le site de {provider}',
    pollNotShown: 'Le sondage ne s’affiche pas\u202F?',
    pollExampleNote: 'Sondage d’exemple',
    trustAlt: 'Certifié JTI',
    trustText:
      '«\u202FNotre fonctionnement\u202F» vous indique quand et sur quoi nous informons, comment nous traitons les erreurs et d’où proviennent nos contenus. Notre travail journalistique suit les règles de la Journalism Trust Initiative.',
    trustLink: 'Notre fonctionnement',
    updateLabel: 'Mis à jour à {time}',
    updateLabelDated: 'Mis à jour le {time}',
    updateDateTime: '{date} à {time}',
    updateTime: '{HH}\u00A0h\u00A0{mm}',
    updateAm: '',
    updatePm: '',
    latestUpdatesTitle: 'Les derniers développements',
    articleBy: 'Par',
    articlePublished: 'Publié le',
    articleUpdated: 'Mis à jour le',
    articleSource: 'Source',
    articleUpdates: 'Mises à jour',
  },
  typography: {
    quotes: { outer: ['«', '»'], inner: ['“', '”'] },
    quoteSpace: '\u202F',
    spaceBefore: { ';': '\u202F', '?': '\u202F', '!': '\u202F', ':': '\u00A0' },
    insertSpaceBefore: true,
    spacedHyphenIsDash: true,
  },
};
