/**
 * The pure part of the poll consent script: the state machine of one poll,
 * which embed URLs may load, what the iframe may do, which posted heights
 * count. No DOM here, so every rule is unit-tested on its own.
 */

/** Where one poll is: its phase, and whether the link beside the embed shows. */
export interface PollState {
  phase: 'idle' | 'loading' | 'loaded' | 'refused';
  /** The provider posted from its origin: the embed is surely there. */
  heard: boolean;
  /** The link to the poll on the provider's site is shown. */
  fallback: boolean;
}

export type PollEvent = 'consent' | 'refuse' | 'frame-load' | 'provider-message' | 'timeout' | 'revoke';

export const idle: PollState = { phase: 'idle', heard: false, fallback: false };

/**
 * The whole behaviour of a poll, as one pure function. Browsers fire `load`
 * for their own error page too, and nothing obliges a provider to post
 * messages, so `load` makes a poll loaded and a timeout without word from the
 * provider only shows the link beside it.
 */
export function transition(state: PollState, event: PollEvent): PollState {
  const { phase } = state;
  const embedding = phase === 'loading' || phase === 'loaded';
  switch (event) {
    case 'consent':
      return phase === 'idle' ? { phase: 'loading', heard: false, fallback: false } : state;
    case 'refuse':
      return phase === 'idle' ? { phase: 'refused', heard: false, fallback: true } : state;
    case 'frame-load':
      return phase === 'loading' ? { ...state, phase: 'loaded' } : state;
    case 'provider-message':
      return embedding ? { phase: 'loaded', heard: true, fallback: false } : state;
    case 'timeout':
      return embedding && !state.heard ? { ...state, fallback: true } : state;
    case 'revoke':
      return idle;
  }
}

/** What a provider needs from a TCF CMP: its vendor id in the Global Vendor List and the purposes its embed needs consent for. */
export interface TcfRule {
  vendorId: number;
  purposes: number[];
}

/** What the script knows of one provider: its embed hosts and, optionally, its TCF vendor. */
export interface ProviderRule {
  hosts: string[];
  tcf?: TcfRule;
}

/**
 * The site's consent settings. astro-newsroom's asset route writes the site's
 * own in place of this object when it serves the script (`configMarker`);
 * used as is, the script knows Civey only, with no TCF vendor.
 */
export interface ConsentConfig {
  providers: Record<string, ProviderRule>;
  /** Where a CMP says GDPR does not apply: `load` the embeds, or `ask` (click to load). */
  outsideGdpr: 'load' | 'ask';
}

export const config: ConsentConfig = {
  providers: { civey: { hosts: ['widget.civey.com'] } },
  outsideGdpr: 'ask',
};

/** How {@link config} reads in the minified script. */
export const configMarker = '{providers:{civey:{hosts:["widget.civey.com"]}},outsideGdpr:"ask"}';

/**
 * Where a provider's consent stands, for all its polls on the page:
 * `ask` click to load (no CMP, one that has not answered yet, or none that
 * speaks for the provider), `grant` load without a click, `refuse` the CMP
 * said no (a click still loads that one poll, once).
 */
export type Gate = 'ask' | 'grant' | 'refuse';

/** The part of TCF v2.2 `TCData` the decision reads. */
export interface TcData {
  eventStatus?: string;
  gdprApplies?: boolean;
  vendor?: { consents?: Record<number, boolean> };
  purpose?: { consents?: Record<number, boolean> };
  publisher?: { restrictions?: Record<number, Record<number, number>> };
}

/**
 * What one CMP answer means for one provider. Nothing while the CMP shows its
 * UI (undefined: keep waiting). Outside the GDPR, the site's default. Else
 * consent for the vendor and for every purpose it needs, and no publisher
 * restriction on one of them other than "require consent" (type 1): type 0
 * disallows the purpose, type 2 moves it to legitimate interest, which never
 * counts: an embed stores information on the device, which needs consent.
 * A CMP that fails falls back to click-to-load.
 */
export function tcfVerdict(
  data: TcData | undefined,
  success: boolean | undefined,
  rule: TcfRule,
  outsideGdpr: ConsentConfig['outsideGdpr'],
): Gate | undefined {
  if (!success) return 'ask';
  if (data?.eventStatus === 'cmpuishown') return undefined;
  if (data?.gdprApplies === false) return outsideGdpr === 'load' ? 'grant' : 'ask';
  const consented =
    data?.vendor?.consents?.[rule.vendorId] === true &&
    rule.purposes.every(
      (purpose) =>
        data.purpose?.consents?.[purpose] === true &&
        (data.publisher?.restrictions?.[purpose]?.[rule.vendorId] ?? 1) === 1,
    );
  return consented ? 'grant' : 'refuse';
}

/**
 * What a change of a provider's gate does to its polls: a grant loads them
 * all; a grant that ends takes them all back to their placeholders. Nothing
 * else touches a poll: one the reader loaded by a click stays.
 */
export function gateEffect(before: Gate, next: Gate): 'load' | 'reset' | undefined {
  if (before === next) return undefined;
  if (next === 'grant') return 'load';
  return before === 'grant' ? 'reset' : undefined;
}

/** Only an https URL on a host registered for the poll's provider is ever loaded. */
export function isAllowedEmbed(url: string, provider: string, providers = config.providers): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const allowed = Object.hasOwn(providers, provider) ? providers[provider]?.hosts : undefined;
  return (
    parsed.protocol === 'https:' && !parsed.username && !parsed.password && Boolean(allowed?.includes(parsed.host))
  );
}

/**
 * What a poll needs: its scripts, its own origin's storage (a vote session;
 * the frame stays cross-origin to the page), forms to vote, and popups that
 * open the provider's page unsandboxed. No top navigation, no downloads.
 */
export const sandbox = 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox';
export const referrerPolicy = 'strict-origin-when-cross-origin';

/** A height the provider posted, as CSS pixels within bounds; anything else is ignored. */
export function postedHeight(data: unknown): number | undefined {
  const value = (data as { height?: unknown } | null | undefined)?.height;
  // Number.isFinite is false for anything that is not a number.
  if (!Number.isFinite(value)) return undefined;
  return Math.min(2000, Math.max(120, Math.round(value as number)));
}
