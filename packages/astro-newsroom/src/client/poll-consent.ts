/**
 * Poll consent. Nothing loads from the provider until the reader clicks
 * "Umfrage laden"; then the provider's embed comes as a sandboxed iframe from
 * the provider's registered https host. Consent is remembered per provider
 * only when the reader ticks the box, and can be withdrawn. An embed that
 * arrived is never taken away: one that stays silent gets the link to the
 * poll on the provider's site shown beside it. External module, no inline
 * code: works under `script-src 'self'`.
 */

import {
  idle,
  isAllowedEmbed,
  type PollEvent,
  type PollState,
  postedHeight,
  referrerPolicy,
  sandbox,
  transition,
} from './poll-state.js';

const storageKey = 'newsroom-consent:';

function remembered(provider: string): boolean {
  try {
    return localStorage.getItem(storageKey + provider) === '1';
  } catch {
    return false;
  }
}

function remember(provider: string, consent: boolean): void {
  try {
    if (consent) localStorage.setItem(storageKey + provider, '1');
    else localStorage.removeItem(storageKey + provider);
  } catch {
    // Storage blocked: consent then lasts for this page only.
  }
}

/** A poll on the page: its state, and what to undo on revocation. */
interface Poll {
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
    poll = { figure, state: idle };
    polls.set(figure, poll);
  }
  return poll;
}

function parts(figure: HTMLElement) {
  const find = <T extends HTMLElement>(name: string) => figure.querySelector<T>(`[data-nr-poll-${name}]`);
  return {
    stage: find('stage'),
    fallback: find('fallback'),
    revoke: find<HTMLButtonElement>('revoke'),
    placeholder: figure.querySelectorAll<HTMLElement>('.nr-poll__notice, .nr-poll__actions'),
  };
}

/** Moves a poll on and shows its new state. */
function dispatch(poll: Poll, event: PollEvent): void {
  poll.state = transition(poll.state, event);
  const { phase, fallback: showFallback } = poll.state;
  const { figure } = poll;
  const { fallback, placeholder } = parts(figure);
  if (phase === 'idle') delete figure.dataset.state;
  else figure.dataset.state = phase;
  const embedding = phase === 'loading' || phase === 'loaded';
  for (const element of placeholder) element.hidden = embedding;
  if (fallback) fallback.hidden = !showFallback;
}

/** Puts the provider's iframe in place of the placeholder. */
export function loadEmbed(figure: HTMLElement, timeout = Number(figure.dataset.timeout) || 10000): void {
  const poll = pollOf(figure);
  const { stage } = parts(figure);
  if (!stage || poll.state.phase !== 'idle') return;
  const url = figure.dataset.embedUrl ?? '';
  if (!isAllowedEmbed(url, figure.dataset.provider ?? '')) {
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
  const origin = new URL(url).origin;
  frame.addEventListener('load', () => dispatch(poll, 'frame-load'), { signal: listeners.signal });
  addEventListener(
    'message',
    (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.origin !== origin) return;
      const height = postedHeight(event.data);
      if (height !== undefined) frame.style.height = `${height}px`;
      dispatch(poll, 'provider-message');
    },
    { signal: listeners.signal },
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
  const { revoke } = parts(figure);
  if (revoke) revoke.hidden = true;
}

/** Withdraws remembered consent for the poll's provider, on every poll of it. */
export function revokeConsent(figure: HTMLElement): void {
  const provider = figure.dataset.provider ?? '';
  remember(provider, false);
  for (const other of document.querySelectorAll<HTMLElement>(
    `[data-nr="poll"][data-provider="${CSS.escape(provider)}"]`,
  )) {
    reset(other);
  }
}

/** Wires every poll on the page. */
export function init(root: ParentNode = document): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-nr="poll"]')) {
    const provider = figure.dataset.provider ?? '';
    const { revoke } = parts(figure);
    figure.querySelector('[data-nr-poll-load]')?.addEventListener('click', () => {
      if (figure.querySelector<HTMLInputElement>('[data-nr-poll-remember]')?.checked) {
        remember(provider, true);
        if (revoke) revoke.hidden = false;
      }
      loadEmbed(figure);
    });
    revoke?.addEventListener('click', () => revokeConsent(figure));
    if (remembered(provider)) {
      if (revoke) revoke.hidden = false;
      loadEmbed(figure);
    }
  }
}

if (typeof document !== 'undefined') init();
