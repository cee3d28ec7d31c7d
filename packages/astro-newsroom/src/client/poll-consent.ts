/**
 * Poll consent. Nothing loads from the provider until the reader clicks
 * "Umfrage laden"; then the provider's embed comes as a sandboxed iframe from
 * the provider's registered https host. Consent is remembered per provider
 * only when the reader ticks the box, and can be withdrawn. An embed that
 * arrived is never taken away on a guess: one that stays silent gets the link
 * to the poll on the provider's site shown beside it.
 *
 * Where the page has a consent management platform, it is the record:
 * a TCF v2.2 CMP (`__tcfapi`) is asked for the provider's vendor and
 * purposes, any other CMP speaks through `window.newsroomConsent`. A grant
 * loads the provider's polls without a click, its withdrawal takes them back
 * to the placeholder. External module, no inline code: works under
 * `script-src 'self'`.
 */

import {
  config,
  type Gate,
  gateEffect,
  idle,
  isAllowedEmbed,
  type PollEvent,
  type PollState,
  postedHeight,
  referrerPolicy,
  sandbox,
  type TcData,
  type TcfRule,
  tcfVerdict,
  transition,
} from './poll-state.js';

type TcfApi = (command: string, version: number, callback: (data: TcData, success: boolean) => void) => void;

declare global {
  interface Window {
    __tcfapi?: TcfApi;
    newsroomConsent?: unknown;
  }
}

const storageKey = 'newsroom-consent:';

/** Reads, and with `consent` first sets, the reader's remembered choice for a provider. */
function memory(provider: string, consent?: boolean): boolean {
  const key = storageKey + provider;
  try {
    if (consent) localStorage.setItem(key, '1');
    else if (consent === false) localStorage.removeItem(key);
    return localStorage.getItem(key) === '1';
  } catch {
    // Storage blocked: nothing is remembered, a click loads that poll only.
    return false;
  }
}

/** A poll on the page: its parts, its state, and what to undo on revocation. */
interface Poll extends ReturnType<typeof parts> {
  figure: HTMLElement;
  state: PollState;
  frame?: HTMLIFrameElement | undefined;
  timer?: ReturnType<typeof setTimeout> | undefined;
  listeners?: AbortController | undefined;
}

const polls = new WeakMap<HTMLElement, Poll>();

function pollOf(figure: HTMLElement): Poll {
  let poll = polls.get(figure);
  if (!poll) {
    poll = { figure, state: idle, ...parts(figure) };
    polls.set(figure, poll);
  }
  return poll;
}

/** Each provider's gate; one not listed is `ask`. */
const gates = new Map<string, Gate>();
/** Providers whose consent a CMP records: our own remembered choice is neither read nor offered. */
const managed = new Set<string>();

const pollsOf = (provider: string) =>
  document.querySelectorAll<HTMLElement>(`[data-nr="poll"][data-provider="${CSS.escape(provider)}"]`);

function parts(figure: HTMLElement) {
  const find = <T extends HTMLElement>(name: string) => figure.querySelector<T>(`[data-nr-poll-${name}]`);
  return {
    stage: find('stage'),
    fallback: find('fallback'),
    revoke: find<HTMLButtonElement>('revoke'),
    rememberBox: figure.querySelector<HTMLElement>('.nr-poll__remember'),
    placeholder: figure.querySelectorAll<HTMLElement>('.nr-poll__notice, .nr-poll__actions'),
  };
}

/** Moves a poll on and shows its new state. */
function dispatch(poll: Poll, event: PollEvent): void {
  poll.state = transition(poll.state, event);
  const { phase, fallback: showFallback } = poll.state;
  const { figure, fallback, placeholder } = poll;
  if (phase === 'idle') delete figure.dataset.state;
  else figure.dataset.state = phase;
  const embedding = phase === 'loading' || phase === 'loaded';
  for (const element of placeholder) element.hidden = embedding;
  if (fallback) fallback.hidden = !showFallback;
}

/** Puts the provider's iframe in place of the placeholder. */
function loadEmbed(figure: HTMLElement, timeout = Number(figure.dataset.timeout) || 10000): void {
  const poll = pollOf(figure);
  const { stage } = poll;
  if (!stage || poll.state.phase !== 'idle') return;
  const url = figure.dataset.embedUrl ?? '';
  if (!isAllowedEmbed(url, figure.dataset.provider as string)) {
    dispatch(poll, 'refuse');
    return;
  }
  const frame = document.createElement('iframe');
  frame.className = 'nr-poll__frame';
  frame.title = figure.querySelector('figcaption')?.textContent?.trim() || 'Poll';
  frame.setAttribute('sandbox', sandbox);
  frame.referrerPolicy = referrerPolicy;
  frame.src = url;
  const listeners = new AbortController();
  const { signal } = listeners;
  const origin = new URL(url).origin;
  frame.addEventListener('load', () => dispatch(poll, 'frame-load'), { signal });
  addEventListener(
    'message',
    (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.origin !== origin) return;
      const height = postedHeight(event.data);
      if (height !== undefined) frame.style.height = `${height}px`;
      dispatch(poll, 'provider-message');
    },
    { signal },
  );
  poll.frame = frame;
  poll.listeners = listeners;
  poll.timer = setTimeout(() => dispatch(poll, 'timeout'), timeout);
  dispatch(poll, 'consent');
  stage.prepend(frame);
}

/** Takes one poll back to its placeholder: frame, timer and listeners gone. */
function reset(figure: HTMLElement): void {
  const poll = pollOf(figure);
  clearTimeout(poll.timer);
  poll.listeners?.abort();
  poll.frame?.remove();
  poll.timer = poll.listeners = poll.frame = undefined;
  dispatch(poll, 'revoke');
  const { revoke } = poll;
  if (revoke) revoke.hidden = true;
}

/** Moves a provider's gate, and each of its polls with it; tells the page. */
function setGate(provider: string, next: Gate): void {
  const before = gates.get(provider) ?? 'ask';
  gates.set(provider, next);
  for (const figure of pollsOf(provider)) {
    const effect = gateEffect(before, next);
    if (effect === 'load') loadEmbed(figure);
    else if (effect === 'reset') reset(figure);
  }
  if (before !== next)
    dispatchEvent(new CustomEvent('newsroom:consent', { detail: { provider, consent: next === 'grant' } }));
}

/** Hands a provider's consent to the page's CMP: our memory is forgotten, its box and revoke button go. */
function manage(provider: string, gate?: Gate): void {
  managed.add(provider);
  memory(provider, false);
  for (const figure of pollsOf(provider)) {
    const { rememberBox } = pollOf(figure);
    if (rememberBox) rememberBox.hidden = true;
  }
  if (gate) setGate(provider, gate);
}

/** Withdraws remembered consent for the poll's provider, on every poll of it. */
function revokeConsent(figure: HTMLElement): void {
  const provider = figure.dataset.provider ?? '';
  memory(provider, false);
  // The button shows only while remembered consent is the grant: ending it resets every poll of the provider.
  setGate(provider, 'ask');
}

/**
 * Asks the TCF CMP, if there is one, about every provider with a TCF vendor.
 * Until it answers nothing loads by itself, and a click loads that poll, as
 * without a CMP: a CMP that never answers needs no timeout to fall back.
 */
function listenToTcf(): void {
  // The IAB stub defines `__tcfapi` and queues calls until the CMP has loaded.
  const api = window.__tcfapi;
  const rules = Object.entries(config.providers).filter(([, rule]) => rule.tcf);
  if (!api || !rules.length) return;
  for (const [provider] of rules) manage(provider);
  // Every answer decides each provider.
  api('addEventListener', 2, (data?: TcData, success?: boolean) => {
    for (const [provider, rule] of rules) {
      const gate = tcfVerdict(data, success, rule.tcf as TcfRule, config.outsideGdpr);
      if (gate) setGate(provider, gate);
    }
  });
}

/**
 * The page API for other CMPs, shaped like a queue so a site may call it
 * before this script runs: `(window.newsroomConsent ||= []).push(['grant',
 * 'civey'])`, or `['revoke', 'civey']`. Calls queued before are replayed,
 * and our own remembered choice is then never read.
 */
function pageApi(): void {
  const push = (...calls: unknown[][]) => {
    for (const [verb, provider] of calls) {
      if (verb === 'grant' || verb === 'revoke') manage(provider as string, verb === 'grant' ? 'grant' : 'refuse');
    }
  };
  const queued = window.newsroomConsent;
  window.newsroomConsent = { push };
  if (Array.isArray(queued)) {
    for (const provider of Object.keys(config.providers)) manage(provider);
    push(...queued);
  }
}

/** Wires every poll on the page. */
function init(): void {
  listenToTcf();
  pageApi();
  for (const figure of document.querySelectorAll<HTMLElement>('[data-nr="poll"]')) {
    const provider = figure.dataset.provider ?? '';
    const { revoke, rememberBox } = pollOf(figure);
    // Our own remembered choice, only where no CMP records consent: a grant for every poll of the provider.
    const trust = (consent?: boolean) => {
      if (!managed.has(provider) && memory(provider, consent)) {
        if (revoke) revoke.hidden = false;
        setGate(provider, 'grant');
      }
    };
    figure.querySelector('[data-nr-poll-load]')?.addEventListener('click', () => {
      if (rememberBox?.querySelector('input')?.checked) trust(true);
      loadEmbed(figure);
    });
    revoke?.addEventListener('click', () => revokeConsent(figure));
    trust();
  }
}

if (typeof document !== 'undefined') init();
