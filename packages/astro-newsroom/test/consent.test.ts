// @vitest-environment jsdom
/** The poll consent script's logic, in a DOM (the browser tests come with the example site). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The real markup of a poll block, from remark-newsroom's fixture table.
const markup = readFileSync(resolve(import.meta.dirname, '../../remark-newsroom/test/fixtures/poll.de.html'), 'utf8');

async function load() {
  vi.resetModules();
  return import('../src/client/poll-consent.js');
}

const figure = () => document.querySelector<HTMLElement>('[data-nr="poll"]')!;
const frame = () => document.querySelector<HTMLIFrameElement>('iframe.nr-poll__frame');

describe('poll consent', () => {
  // jsdom loads no subresources: an iframe's `src` is only recorded, so the test
  // sees exactly what would be requested, and nothing leaves the machine.
  const requests = () => [...document.querySelectorAll('iframe')].map((frame) => frame.src);
  beforeEach(() => {
    localStorage.clear();
    document.body.innerHTML = markup;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('loads nothing until the reader clicks', async () => {
    await load();
    expect(frame()).toBeNull();
    expect(requests()).toEqual([]);
    expect(figure().querySelector('[data-nr-poll-revoke]')!.hasAttribute('hidden')).toBe(true);
  });

  it('a click puts the provider iframe in place of the placeholder', async () => {
    await load();
    document.querySelector<HTMLButtonElement>('[data-nr-poll-load]')!.click();
    expect(frame()?.src).toBe('https://widget.civey.com/embed/12345');
    expect(requests()).toEqual(['https://widget.civey.com/embed/12345']);
    expect(frame()?.title).toBe('Soll der Westen die Sanktionen verschärfen?');
    expect(figure().querySelector<HTMLElement>('.nr-poll__notice')!.hidden).toBe(true);
    expect(localStorage.length).toBe(0);
  });

  it('remembers consent only when the reader opts in, and loads without a click next time', async () => {
    await load();
    document.querySelector<HTMLInputElement>('[data-nr-poll-remember]')!.checked = true;
    document.querySelector<HTMLButtonElement>('[data-nr-poll-load]')!.click();
    expect(localStorage.getItem('newsroom-consent:civey')).toBe('1');
    document.body.innerHTML = markup;
    await load();
    expect(frame()).not.toBeNull();
    expect(figure().querySelector<HTMLElement>('[data-nr-poll-revoke]')!.hidden).toBe(false);
  });

  it('revoking forgets consent and restores the placeholder', async () => {
    localStorage.setItem('newsroom-consent:civey', '1');
    await load();
    expect(frame()).not.toBeNull();
    figure().querySelector<HTMLButtonElement>('[data-nr-poll-revoke]')!.click();
    expect(localStorage.getItem('newsroom-consent:civey')).toBeNull();
    expect(frame()).toBeNull();
    expect(figure().querySelector<HTMLElement>('.nr-poll__notice')!.hidden).toBe(false);
  });

  const click = () => document.querySelector<HTMLButtonElement>('[data-nr-poll-load]')!.click();
  const fallback = () => figure().querySelector<HTMLElement>('[data-nr-poll-fallback]')!;
  const post = (origin: string, data: unknown) =>
    window.dispatchEvent(new MessageEvent('message', { source: frame()!.contentWindow, origin, data }));

  it('the iframe is sandboxed to what a poll needs and sends no full referrer', async () => {
    await load();
    click();
    expect(frame()!.getAttribute('sandbox')).toBe(
      'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox',
    );
    expect(frame()!.referrerPolicy).toBe('strict-origin-when-cross-origin');
  });

  it('a loaded embed is never taken away; a silent one gets the link beside it', async () => {
    await load();
    click();
    frame()!.dispatchEvent(new Event('load'));
    expect(figure().dataset.state).toBe('loaded');
    vi.advanceTimersByTime(20_000);
    expect(frame()).not.toBeNull();
    expect(figure().dataset.state).toBe('loaded');
    expect(fallback().hidden).toBe(false);
  });

  it('an embed that never loads keeps its frame and gets the link after the timeout', async () => {
    await load();
    click();
    vi.advanceTimersByTime(9_999);
    expect(fallback().hidden).toBe(true);
    vi.advanceTimersByTime(2);
    expect(frame()).not.toBeNull();
    expect(figure().dataset.state).toBe('loading');
    expect(fallback().hidden).toBe(false);
  });

  it('a height posted from the provider origin sizes the frame, within bounds; other origins are ignored', async () => {
    await load();
    click();
    post('https://evil.example', { height: 900 });
    expect(frame()!.style.height).toBe('');
    post('https://widget.civey.com', { height: 'a lot' });
    expect(frame()!.style.height).toBe('');
    post('https://widget.civey.com', { height: 480.4 });
    expect(frame()!.style.height).toBe('480px');
    post('https://widget.civey.com', { height: 1e9 });
    expect(frame()!.style.height).toBe('2000px');
    post('https://widget.civey.com', { height: -5 });
    expect(frame()!.style.height).toBe('120px');
    // The provider spoke: no link, however long it takes.
    vi.advanceTimersByTime(20_000);
    expect(fallback().hidden).toBe(true);
    expect(figure().dataset.state).toBe('loaded');
  });

  it('revoking while loading never shows the fallback later', async () => {
    await load();
    document.querySelector<HTMLInputElement>('[data-nr-poll-remember]')!.checked = true;
    click();
    figure().querySelector<HTMLButtonElement>('[data-nr-poll-revoke]')!.click();
    vi.advanceTimersByTime(20_000);
    expect(fallback().hidden).toBe(true);
    expect(figure().dataset.state).toBeUndefined();
  });

  it("load, revoke, load: the first timer is gone, the state is the second load's", async () => {
    await load();
    document.querySelector<HTMLInputElement>('[data-nr-poll-remember]')!.checked = true;
    click();
    vi.advanceTimersByTime(6_000);
    figure().querySelector<HTMLButtonElement>('[data-nr-poll-revoke]')!.click();
    click();
    frame()!.dispatchEvent(new Event('load'));
    post('https://widget.civey.com', { height: 400 });
    // The first load's timer would have fired here.
    vi.advanceTimersByTime(5_000);
    expect(figure().dataset.state).toBe('loaded');
    expect(fallback().hidden).toBe(true);
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
  });

  for (const url of [
    'javascript:alert(1)',
    'http://widget.civey.com/embed/12345',
    'https://evil.example/embed/12345',
    'https://user@widget.civey.com/embed/12345',
    'data:text/html,<script>alert(1)</script>',
    '//widget.civey.com/embed/12345',
  ]) {
    it(`refuses the embed URL ${JSON.stringify(url)}`, async () => {
      figure().dataset.embedUrl = url;
      await load();
      click();
      expect(frame()).toBeNull();
      expect(requests()).toEqual([]);
      expect(figure().dataset.state).toBe('refused');
      expect(fallback().hidden).toBe(false);
    });
  }

  it('consent for one provider does not load another', async () => {
    localStorage.setItem('newsroom-consent:other', '1');
    await load();
    expect(frame()).toBeNull();
  });
});

describe('poll state machine', async () => {
  const { idle, transition } = await import('../src/client/poll-state.js');
  type Event = Parameters<typeof transition>[1];
  const run = (...events: Event[]) => events.reduce(transition, idle);

  it('consent loads; load makes it loaded; a timeout only adds the link', () => {
    expect(run('consent')).toEqual({ phase: 'loading', heard: false, fallback: false });
    expect(run('consent', 'frame-load')).toEqual({ phase: 'loaded', heard: false, fallback: false });
    expect(run('consent', 'frame-load', 'timeout')).toEqual({ phase: 'loaded', heard: false, fallback: true });
    expect(run('consent', 'timeout')).toEqual({ phase: 'loading', heard: false, fallback: true });
  });

  it('word from the provider hides the link for good', () => {
    expect(run('consent', 'timeout', 'provider-message')).toEqual({ phase: 'loaded', heard: true, fallback: false });
    expect(run('consent', 'provider-message', 'timeout')).toEqual({ phase: 'loaded', heard: true, fallback: false });
  });

  it('revoke always goes back to idle, and nothing but consent leaves idle', () => {
    const events: Event[] = ['consent', 'refuse', 'frame-load', 'provider-message', 'timeout', 'revoke'];
    for (const first of events) for (const second of events) expect(run(first, second, 'revoke')).toEqual(idle);
    for (const event of ['frame-load', 'provider-message', 'timeout', 'revoke'] as Event[]) {
      expect(run(event)).toEqual(idle);
    }
  });

  it('a refused embed stays refused until revoked', () => {
    expect(run('refuse', 'consent', 'frame-load', 'timeout')).toEqual({
      phase: 'refused',
      heard: false,
      fallback: true,
    });
  });
});
