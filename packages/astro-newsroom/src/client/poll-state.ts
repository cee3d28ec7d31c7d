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
  switch (event) {
    case 'consent':
      return state.phase === 'idle' ? { phase: 'loading', heard: false, fallback: false } : state;
    case 'refuse':
      return state.phase === 'idle' ? { phase: 'refused', heard: false, fallback: true } : state;
    case 'frame-load':
      return state.phase === 'loading' ? { ...state, phase: 'loaded' } : state;
    case 'provider-message':
      return state.phase === 'loading' || state.phase === 'loaded'
        ? { phase: 'loaded', heard: true, fallback: false }
        : state;
    case 'timeout':
      return (state.phase === 'loading' || state.phase === 'loaded') && !state.heard
        ? { ...state, fallback: true }
        : state;
    case 'revoke':
      return idle;
  }
}

/**
 * Each provider's registered embed hosts. astro-newsroom's asset route writes
 * the site's registry in place of this object when it serves the script
 * (`embedHostsMarker`); used as is, the script knows Civey only.
 */
export const registeredHosts: Record<string, string[]> = { civey: ['widget.civey.com'] };

/** How {@link registeredHosts} reads in the minified script. */
export const embedHostsMarker = '{civey:["widget.civey.com"]}';

/** Only an https URL on a host registered for the poll's provider is ever loaded. */
export function isAllowedEmbed(url: string, provider: string, hosts = registeredHosts): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const allowed = Object.hasOwn(hosts, provider) ? hosts[provider] : undefined;
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
  const value = typeof data === 'object' && data !== null ? (data as { height?: unknown }).height : undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return Math.min(2000, Math.max(120, Math.round(value)));
}
