/**
 * Poll consent (docs: Privacy and consent). Nothing loads from the provider until the reader
 * clicks "Umfrage laden"; then the provider's embed comes as an iframe from
 * its own origin. Consent is remembered per provider only when the reader
 * ticks the box, and can be withdrawn. If the embed fails or times out, the
 * link to the poll on the provider's site appears. External module, no
 * inline code: works under `script-src 'self'`.
 */
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

function parts(figure: HTMLElement) {
  const find = <T extends HTMLElement>(name: string) => figure.querySelector<T>(`[data-nr-poll-${name}]`);
  return {
    stage: find('stage'),
    fallback: find('fallback'),
    revoke: find<HTMLButtonElement>('revoke'),
    placeholder: figure.querySelectorAll<HTMLElement>('.nr-poll__notice, .nr-poll__actions'),
  };
}

/** Swaps the placeholder for the provider's iframe. */
export function loadEmbed(figure: HTMLElement, timeout = Number(figure.dataset.timeout) || 10000): void {
  const { stage, fallback, placeholder } = parts(figure);
  if (!stage || figure.dataset.state) return;
  figure.dataset.state = 'loading';
  const frame = document.createElement('iframe');
  frame.className = 'nr-poll__frame';
  frame.title = figure.querySelector('figcaption')?.textContent?.trim() || 'Poll';
  frame.src = figure.dataset.embedUrl ?? '';
  const fail = () => {
    removeEventListener('message', onMessage);
    if (figure.dataset.state !== 'loading') return;
    figure.dataset.state = 'failed';
    frame.remove();
    if (fallback) fallback.hidden = false;
  };
  const timer = setTimeout(fail, timeout);
  const loaded = () => {
    clearTimeout(timer);
    removeEventListener('message', onMessage);
    if (figure.dataset.state === 'loading') figure.dataset.state = 'loaded';
  };
  // A browser fires `load` for its own error page too; providers that post
  // messages are trusted only once a message from their origin arrives.
  const onMessage = (event: MessageEvent) => {
    if (event.source === frame.contentWindow && event.origin === new URL(frame.src).origin) loaded();
  };
  if (figure.dataset.ready === 'message') addEventListener('message', onMessage);
  else frame.addEventListener('load', loaded);
  frame.addEventListener('error', () => {
    clearTimeout(timer);
    fail();
  });
  for (const element of placeholder) element.hidden = true;
  stage.prepend(frame);
}

/** Withdraws remembered consent and puts the placeholder back. */
export function revokeConsent(figure: HTMLElement): void {
  const provider = figure.dataset.provider ?? '';
  remember(provider, false);
  for (const other of document.querySelectorAll<HTMLElement>(
    `[data-nr="poll"][data-provider="${CSS.escape(provider)}"]`,
  )) {
    const { revoke, placeholder, fallback } = parts(other);
    other.querySelector('.nr-poll__frame')?.remove();
    delete other.dataset.state;
    for (const element of placeholder) element.hidden = false;
    if (fallback) fallback.hidden = true;
    if (revoke) revoke.hidden = true;
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
