import type { Locale } from './locales.js';

/** A poll provider: where its embed comes from and what readers are told about it. */
export interface PollProvider {
  /** Name shown to readers, e.g. `Civey`. */
  name: string;
  /** Legal entity that processes data, e.g. `Civey GmbH`. */
  company: string;
  /** Embed URL for the iframe; `{id}` is replaced by the poll id. Must be https. */
  embedUrl: string;
  /** Page of the poll on the provider's site, for the noscript and fallback link. */
  pollUrl: string;
  /** The provider's privacy page. */
  privacyUrl: string;
  /** Methodology note shown under the poll, per locale. */
  methodology?: Partial<Record<Locale, string>>;
  /**
   * How the consent script knows the embed arrived. `message`: the embed posts
   * a message from the provider's origin (a failed load never does, while a
   * browser fires `load` even for its own error page). `load`: the iframe's
   * load event. Default: `load`.
   */
  ready?: 'load' | 'message';
}

const civeyMethodologyDeCh =
  'An den Umfragen des Meinungsforschungsinstituts Civey kann jeder teilnehmen. In das Ergebnis fliessen jedoch nur die Antworten registrierter und verifizierter Nutzer ein. Diese müssen persönliche Daten wie Alter, Wohnort und Geschlecht angeben. Civey nutzt diese Angaben, um eine Stimme gemäss dem Vorkommen der sozioökonomischen Faktoren in der Gesamtbevölkerung zu gewichten. Umfragen des Unternehmens sind deshalb repräsentativ.';

/** Built-in providers. A newsroom registers more through the `providers` option. */
export const builtinProviders: Record<string, PollProvider> = {
  civey: {
    name: 'Civey',
    company: 'Civey GmbH',
    embedUrl: 'https://widget.civey.com/embed/{id}',
    pollUrl: 'https://civey.com/umfragen/{id}',
    privacyUrl: 'https://civey.com/datenschutz',
    // Civey's widget reports its size to the page by postMessage.
    ready: 'message',
    methodology: {
      de: 'An den Umfragen des Meinungsforschungsinstituts Civey kann jeder teilnehmen. In das Ergebnis fließen jedoch nur die Antworten registrierter und verifizierter Nutzer ein. Diese müssen persönliche Daten wie Alter, Wohnort und Geschlecht angeben. Civey nutzt diese Angaben, um eine Stimme gemäß dem Vorkommen der sozioökonomischen Faktoren in der Gesamtbevölkerung zu gewichten. Umfragen des Unternehmens sind deshalb repräsentativ.',
      'de-CH': civeyMethodologyDeCh,
      en: 'Anyone can take part in the polls of the opinion research institute Civey. Only the answers of registered and verified users count towards the result, however. They have to give personal details such as age, place of residence and gender. Civey uses this information to weight each vote according to how socio-economic factors occur in the population as a whole. The company’s polls are therefore representative.',
    },
  },
};

/** Fills the `{id}` placeholder of a provider URL, encoding the id. */
export function providerUrl(template: string, id: string): string {
  return template.replaceAll('{id}', encodeURIComponent(id));
}
