import { de } from './de.js';
import type { LocaleDefinition } from './types.js';

/** Swiss German: the same words, «…» quote marks, and never ß (these strings avoid it). */
export const deCH: LocaleDefinition = {
  labels: {
    ...de.labels,
    // Swiss usage writes the time of day with a point: 09.15 Uhr.
    updateTime: '{HH}.{mm} Uhr',
    trustText:
      '«So arbeitet die Redaktion» informiert Sie, wann und worüber wir berichten, wie wir mit Fehlern umgehen und woher unsere Inhalte stammen. Bei der Berichterstattung halten wir uns an die Richtlinien der Journalism Trust Initiative.',
  },
  typography: { ...de.typography, quotes: { outer: ['«', '»'], inner: ['‹', '›'] } },
};
