import type { Locale } from './locales.js';

/**
 * A poll provider: where its embed comes from and what readers are told
 * about it. Register one with the `providers` option; the placeholder, the
 * consent script and the fallback link then work for it as for Civey.
 *
 * The embed is an iframe of `embedUrl`. It counts as loaded on the iframe's
 * `load` event; if it has not loaded after a while, a link to `pollUrl` is
 * shown beside it (the frame stays). A provider may post `{ height: number }`
 * (CSS pixels) to the page from the embed's origin: the frame then takes that
 * height, clamped to 120–2,000 px. Nothing else is read from its messages.
 */
export interface PollProvider {
  /** Name shown to readers, e.g. `Civey`. */
  name: string;
  /** Legal entity that processes data, e.g. `Civey GmbH`. */
  company: string;
  /**
   * Embed URL for the iframe: https, with `{id}` standing for the poll id
   * (a single path segment, URL-encoded), e.g. `https://widget.civey.com/embed/{id}`.
   * Its host is the only one the consent script loads for this provider.
   */
  embedUrl: string;
  /** Page of the poll on the provider's site, for the noscript and fallback link. */
  pollUrl: string;
  /** The provider's privacy page. */
  privacyUrl: string;
  /** Methodology note shown under the poll, per locale. */
  methodology?: Partial<Record<Locale, string>>;
  /**
   * The provider in the IAB TCF v2.2 Global Vendor List: its `vendorId` and
   * the `purposes` (ids 1–11) its embed needs consent for. With it, a TCF CMP
   * on the page decides whether the provider's polls load. Look the id up in
   * your CMP's vendor list; there is no default.
   */
  tcf?: TcfVendor;
}

/** A provider's entry in the IAB TCF Global Vendor List, as the consent script asks the CMP about it. */
export interface TcfVendor {
  vendorId: number;
  purposes: number[];
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
    methodology: {
      de: 'An den Umfragen des Meinungsforschungsinstituts Civey kann jeder teilnehmen. In das Ergebnis fließen jedoch nur die Antworten registrierter und verifizierter Nutzer ein. Diese müssen persönliche Daten wie Alter, Wohnort und Geschlecht angeben. Civey nutzt diese Angaben, um eine Stimme gemäß dem Vorkommen der sozioökonomischen Faktoren in der Gesamtbevölkerung zu gewichten. Umfragen des Unternehmens sind deshalb repräsentativ.',
      'de-CH': civeyMethodologyDeCh,
      en: 'Anyone can take part in the polls of the opinion research institute Civey. Only the answers of registered and verified users count towards the result, however. They have to give personal details such as age, place of residence and gender. Civey uses this information to weight each vote according to how socio-economic factors occur in the population as a whole. The company’s polls are therefore representative.',
    },
  },
  // A provider whose embed is a plain iframe page that posts nothing: a
  // template for registering your own (`provider="example"`).
  example: {
    name: 'Example Polls',
    company: 'Example Polls Ltd.',
    embedUrl: 'https://polls.example.org/embed/{id}',
    pollUrl: 'https://polls.example.org/poll/{id}',
    privacyUrl: 'https://polls.example.org/privacy',
  },
};

/**
 * A poll id goes into a URL path as one segment: not `.` or `..` (which a
 * browser resolves to another path), no slash or backslash, no whitespace or
 * control character.
 */
export function isPlainSegment(id: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  return id !== '.' && id !== '..' && !/[/\\\s\u0000-\u001f\u007f-\u009f]/.test(id);
}

/** Fills the `{id}` placeholder of a provider URL, encoding the id. */
export function providerUrl(template: string, id: string): string {
  return template.replaceAll('{id}', encodeURIComponent(id));
}
