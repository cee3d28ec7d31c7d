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

  it('keeps the embed once the provider answers', async () => {
    await load();
    document.querySelector<HTMLButtonElement>('[data-nr-poll-load]')!.click();
    // A load event alone is not enough for Civey: its error page would fire one too.
    frame()!.dispatchEvent(new Event('load'));
    expect(figure().dataset.state).toBe('loading');
    // A message from another origin does not count.
    window.dispatchEvent(
      new MessageEvent('message', { source: frame()!.contentWindow, origin: 'https://evil.example' }),
    );
    expect(figure().dataset.state).toBe('loading');
    window.dispatchEvent(
      new MessageEvent('message', {
        source: frame()!.contentWindow,
        origin: 'https://widget.civey.com',
        data: { height: 480 },
      }),
    );
    vi.advanceTimersByTime(20_000);
    expect(figure().dataset.state).toBe('loaded');
    expect(frame()).not.toBeNull();
  });

  it('shows the fallback link when the embed fails', async () => {
    await load();
    document.querySelector<HTMLButtonElement>('[data-nr-poll-load]')!.click();
    frame()!.dispatchEvent(new Event('error'));
    expect(frame()).toBeNull();
    expect(figure().querySelector<HTMLElement>('[data-nr-poll-fallback]')!.hidden).toBe(false);
  });

  it('a provider that signals by load event is trusted on load', async () => {
    figure().dataset.ready = 'load';
    await load();
    document.querySelector<HTMLButtonElement>('[data-nr-poll-load]')!.click();
    frame()!.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(20_000);
    expect(figure().dataset.state).toBe('loaded');
  });

  it('revoking while loading never shows the fallback later', async () => {
    await load();
    document.querySelector<HTMLInputElement>('[data-nr-poll-remember]')!.checked = true;
    document.querySelector<HTMLButtonElement>('[data-nr-poll-load]')!.click();
    figure().querySelector<HTMLButtonElement>('[data-nr-poll-revoke]')!.click();
    vi.advanceTimersByTime(20_000);
    expect(figure().querySelector<HTMLElement>('[data-nr-poll-fallback]')!.hidden).toBe(true);
  });

  it('shows the fallback link when the embed times out', async () => {
    await load();
    document.querySelector<HTMLButtonElement>('[data-nr-poll-load]')!.click();
    expect(figure().querySelector<HTMLElement>('[data-nr-poll-fallback]')!.hidden).toBe(true);
    vi.advanceTimersByTime(10_001);
    expect(frame()).toBeNull();
    expect(figure().querySelector<HTMLElement>('[data-nr-poll-fallback]')!.hidden).toBe(false);
    expect(figure().dataset.state).toBe('failed');
  });

  it('consent for one provider does not load another', async () => {
    localStorage.setItem('newsroom-consent:other', '1');
    await load();
    expect(frame()).toBeNull();
  });
});
