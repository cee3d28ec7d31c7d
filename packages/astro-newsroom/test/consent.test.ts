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

describe('what a TCF CMP answer means for a provider', async () => {
  const fc = await import('fast-check');
  const { tcfVerdict } = await import('../src/client/poll-state.js');
  const rule = { vendorId: 42, purposes: [1, 8] };
  const consents = (ids: number[]) => Object.fromEntries(ids.map((id) => [id, true]));
  const answer = (vendors: number[], purposes: number[], extra: object = {}) => ({
    eventStatus: 'useractioncomplete',
    gdprApplies: true,
    vendor: { consents: consents(vendors) },
    purpose: { consents: consents(purposes) },
    ...extra,
  });

  it.each([
    ['vendor and every purpose', answer([42], [1, 8]), 'grant'],
    ['vendor and more purposes than needed', answer([7, 42], [1, 2, 8, 10]), 'grant'],
    ['a purpose missing', answer([42], [1]), 'refuse'],
    ['the vendor missing', answer([7], [1, 8]), 'refuse'],
    ['nothing', answer([], []), 'refuse'],
    ['consents false, not absent', { ...answer([], []), vendor: { consents: { 42: false } } }, 'refuse'],
    ['no vendor section', { eventStatus: 'tcloaded', gdprApplies: true }, 'refuse'],
    [
      'legitimate interest only',
      answer([], [], {
        vendor: { consents: {}, legitimateInterests: { 42: true } },
        purpose: { consents: {}, legitimateInterests: { 1: true, 8: true } },
      }),
      'refuse',
    ],
    [
      'a publisher restriction: not allowed',
      answer([42], [1, 8], { publisher: { restrictions: { 8: { 42: 0 } } } }),
      'refuse',
    ],
    [
      'a publisher restriction: consent required',
      answer([42], [1, 8], { publisher: { restrictions: { 8: { 42: 1 } } } }),
      'grant',
    ],
    [
      'a restriction on another vendor',
      answer([42], [1, 8], { publisher: { restrictions: { 8: { 7: 0 } } } }),
      'grant',
    ],
    ['the banner shows (even with consent)', { ...answer([42], [1, 8]), eventStatus: 'cmpuishown' }, undefined],
  ] as const)('%s', (_name, data, gate) => {
    expect(tcfVerdict(data as never, true, rule, 'ask')).toBe(gate);
  });

  it('outside the GDPR, the site default; a failed or silent CMP, click to load', () => {
    expect(tcfVerdict({ eventStatus: 'tcloaded', gdprApplies: false }, true, rule, 'ask')).toBe('ask');
    expect(tcfVerdict({ eventStatus: 'tcloaded', gdprApplies: false }, true, rule, 'load')).toBe('grant');
    expect(tcfVerdict(answer([42], [1, 8]), false, rule, 'load')).toBe('ask');
    expect(tcfVerdict(undefined, undefined, rule, 'load')).toBe('ask');
  });

  it.each([
    ['a publisher restriction: legitimate interest required', { 8: { 42: 2 } }],
    ['a restriction on a needed purpose, not allowed', { 1: { 42: 0 } }],
  ])('%s', (_name, restrictions) => {
    expect(tcfVerdict(answer([42], [1, 8], { publisher: { restrictions } }), true, rule, 'ask')).toBe('refuse');
  });

  // Stated from the other side than the rule is written: start from a full
  // grant, take one thing away or add a restriction, and see it refused.
  const purposeId = fc.integer({ min: 1, max: 11 });
  const granted = fc
    .record({
      vendorId: fc.integer({ min: 1, max: 1000 }),
      purposes: fc.uniqueArray(purposeId, { minLength: 1, maxLength: 4 }),
      otherVendors: fc.uniqueArray(fc.integer({ min: 1001, max: 1100 })),
      otherPurposes: fc.uniqueArray(purposeId),
    })
    .map(({ vendorId, purposes, otherVendors, otherPurposes }) => ({
      rule: { vendorId, purposes },
      data: answer([vendorId, ...otherVendors], [...new Set([...purposes, ...otherPurposes])]),
    }));

  it('consent for the vendor and every purpose it needs, and more consent does not change that: grant', () => {
    fc.assert(
      fc.property(granted, ({ rule, data }) => {
        expect(tcfVerdict(data, true, rule, 'ask')).toBe('grant');
      }),
      { numRuns: 300 },
    );
  });

  it('any one consent taken away, or a needed purpose restricted other than to consent: refuse', () => {
    fc.assert(
      fc.property(granted, fc.nat(), fc.constantFrom(0, 2), ({ rule, data }, pick, type) => {
        const purpose = rule.purposes[pick % rule.purposes.length] as number;
        const withoutVendor = { ...data, vendor: { consents: { ...data.vendor.consents, [rule.vendorId]: false } } };
        const { [purpose]: _, ...others } = data.purpose.consents;
        const withoutPurpose = { ...data, purpose: { consents: others } };
        const restricted = { ...data, publisher: { restrictions: { [purpose]: { [rule.vendorId]: type } } } };
        for (const changed of [withoutVendor, withoutPurpose, restricted]) {
          expect(tcfVerdict(changed, true, rule, 'ask')).toBe('refuse');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("what a change of a provider's gate does to its polls", async () => {
  const { gateEffect } = await import('../src/client/poll-state.js');

  it.each([
    ['ask', 'grant', 'load'],
    ['refuse', 'grant', 'load'],
    ['grant', 'refuse', 'reset'],
    ['grant', 'ask', 'reset'],
    // A poll the reader loaded by a click stays.
    ['ask', 'refuse', undefined],
    ['refuse', 'ask', undefined],
    ['ask', 'ask', undefined],
    ['grant', 'grant', undefined],
    ['refuse', 'refuse', undefined],
  ] as const)('%s → %s: %s', (before, next, effect) => {
    expect(gateEffect(before, next)).toBe(effect);
  });
});

describe('the consent script as a site serves it', async () => {
  const { consentScript } = await import('../src/page-assets.js');
  const { configMarker } = await import('../src/client/poll-state.js');
  const { resolveOptions } = await import('remark-newsroom/options');
  const built = readFileSync(resolve(import.meta.dirname, '../dist/client/poll-consent.js'), 'utf8');

  it('the built script holds the registry where the site writes its own', () => {
    expect(built).toContain(configMarker);
    const providers = resolveOptions({
      providers: { civey: { tcf: { vendorId: 77, purposes: [1] } } } as never,
    }).providers;
    const served = consentScript(built, providers, { outsideGdpr: 'load' });
    expect(served).not.toContain(configMarker);
    expect(served).toContain(
      '{"providers":{"civey":{"hosts":["widget.civey.com"],"tcf":{"vendorId":77,"purposes":[1]}},"example":{"hosts":["polls.example.org"]}},"outsideGdpr":"load"}',
    );
  });

  it('refuses a script without the registry', () => {
    expect(() => consentScript('console.log(1)', {}, { outsideGdpr: 'ask' })).toThrow(/rebuild the package/);
  });
});

describe('the page API, in a DOM', () => {
  const api = () => (window as unknown as { newsroomConsent: { push(call: unknown[]): void } }).newsroomConsent;
  beforeEach(() => {
    localStorage.clear();
    document.body.innerHTML = markup;
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    delete (window as { newsroomConsent?: unknown }).newsroomConsent;
  });

  it('grant loads, revoke restores the placeholder, each change is a newsroom:consent event', async () => {
    const events: unknown[] = [];
    const listener = (event: Event) => events.push((event as CustomEvent).detail);
    addEventListener('newsroom:consent', listener);
    await load();
    api().push(['grant', 'civey']);
    expect(frame()?.src).toBe('https://widget.civey.com/embed/12345');
    api().push(['grant', 'civey']);
    api().push(['revoke', 'civey']);
    expect(frame()).toBeNull();
    expect(figure().querySelector<HTMLElement>('.nr-poll__notice')!.hidden).toBe(false);
    removeEventListener('newsroom:consent', listener);
    expect(events).toEqual([
      { provider: 'civey', consent: true },
      { provider: 'civey', consent: false },
    ]);
  });

  it('a queue set before the script: replayed, and our remembered choice is neither read nor offered', async () => {
    localStorage.setItem('newsroom-consent:civey', '1');
    (window as { newsroomConsent?: unknown }).newsroomConsent = [['revoke', 'civey']];
    await load();
    expect(frame()).toBeNull();
    expect(figure().querySelector<HTMLElement>('.nr-poll__remember')!.hidden).toBe(true);
    expect(localStorage.getItem('newsroom-consent:civey')).toBeNull();
  });

  it('a refusal leaves a poll the reader loaded by a click', async () => {
    await load();
    api().push(['revoke', 'civey']);
    document.querySelector<HTMLButtonElement>('[data-nr-poll-load]')!.click();
    expect(frame()).not.toBeNull();
    api().push(['revoke', 'civey']);
    expect(frame()).not.toBeNull();
  });
});

describe('the CMP recipes of the docs, on generated events', async () => {
  const fc = await import('fast-check');
  const { runInNewContext } = await import('node:vm');
  const recipe = (name: string) =>
    readFileSync(resolve(import.meta.dirname, `../../../test/browser/cmp/recipes/${name}.js`), 'utf8');

  /** Runs a recipe against a bare window: its listeners, and what it pushes to the queue. */
  function run(name: string, globals: Record<string, unknown> = {}) {
    const listeners: Record<string, ((event: unknown) => void)[]> = {};
    const window: Record<string, unknown> = {
      ...globals,
      addEventListener: (type: string, listener: (event: unknown) => void) => {
        listeners[type] = [...(listeners[type] ?? []), listener];
      },
    };
    runInNewContext(recipe(name), { window });
    const fire = (type: string, event: unknown = {}) => {
      for (const listener of listeners[type] ?? []) listener(event);
    };
    return { window, fire, queue: () => window.newsroomConsent as unknown[][] };
  }

  it('Usercentrics: a call exactly for a consent_status event with a boolean for the service', () => {
    const value = fc.oneof(fc.boolean(), fc.constant(null), fc.string(), fc.integer(), fc.constant(undefined));
    fc.assert(
      fc.property(
        fc.oneof(fc.constant('consent_status'), fc.string()),
        fc.dictionary(fc.string(), fc.boolean()),
        fc.option(value, { nil: undefined }),
        (event, others, civey) => {
          const { fire, queue } = run('usercentrics');
          const detail: Record<string, unknown> = { ...others, event, type: 'explicit' };
          if (civey === undefined) delete detail.Civey;
          else detail.Civey = civey;
          fire('ucEvent', { detail });
          const expected =
            event === 'consent_status' && typeof civey === 'boolean' ? [[civey ? 'grant' : 'revoke', 'civey']] : [];
          expect(queue()).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
    const { fire, queue } = run('usercentrics');
    fire('ucEvent', { detail: null });
    fire('ucEvent', {});
    expect(queue()).toEqual([]);
  });

  it('Cookiebot: grant exactly when the configured category has consent, on either event', () => {
    fc.assert(
      fc.property(
        fc.record(
          { marketing: fc.anything(), statistics: fc.boolean(), preferences: fc.boolean() },
          {
            requiredKeys: [],
          },
        ),
        fc.constantFrom('CookiebotOnAccept', 'CookiebotOnDecline'),
        (consent, type) => {
          const { fire, queue } = run('cookiebot', { Cookiebot: { consent } });
          fire(type);
          expect(queue()).toEqual([[consent.marketing ? 'grant' : 'revoke', 'civey']]);
        },
      ),
      { numRuns: 300 },
    );
    const { fire, queue } = run('cookiebot');
    fire('CookiebotOnDecline');
    expect(queue()).toEqual([['revoke', 'civey']]);
  });

  it('keeps a queue that exists, and the consent script’s own API once it has run', () => {
    const calls: unknown[] = [];
    const api = { push: (call: unknown) => calls.push(call) };
    const { fire } = run('cookiebot', { newsroomConsent: api, Cookiebot: { consent: { marketing: true } } });
    fire('CookiebotOnAccept');
    expect(calls).toEqual([['grant', 'civey']]);
  });
});
