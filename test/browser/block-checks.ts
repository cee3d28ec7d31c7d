/**
 * What axe-core does not see on a host page, checked in the page itself:
 * every block's text drawn (not clipped, not zero-size, not transparent or the
 * colour of what is behind it, legible size; list points with markers), no quote marks added by the
 * host's CSS (ours are in the text), nothing wider than the viewport, the
 * trust badge at its size, and the poll's consent button reachable by Tab
 * with a focus outline one can see.
 */
import type { Page } from 'playwright-core';

/** One list of problems per check; every list empty on a good page. */
export interface BlockProblems {
  text: string[];
  quotes: string[];
  overflow: string[];
  badge: string[];
  focus: string[];
}

/** The badge's width in CSS pixels (`--nr-badge-size`); its height follows the image's own ratio. */
export const badgePixels = 64;

/** Runs in the page: the checks that need only the rendered page (no input). */
function inspect(badgePixels: number): Omit<BlockProblems, 'focus'> {
  const problems: Omit<BlockProblems, 'focus'> = { text: [], quotes: [], overflow: [], badge: [] };
  // Any computed colour (rgb(), color(srgb …), and the oklch() Tailwind 4 writes) as sRGB bytes: the canvas converts.
  const pixel = document
    .createElement('canvas')
    .getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
  const parse = (colour: string): number[] => {
    pixel.clearRect(0, 0, 1, 1);
    pixel.fillStyle = colour;
    pixel.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, a = 0] = pixel.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
    const channel = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const contrast = (a: number[], b: number[]) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (light + 0.05) / (dark + 0.05);
  };
  /** The colour behind an element: its own and its ancestors' backgrounds laid over white (the canvas). */
  const backdrop = (element: Element): number[] => {
    const layers: number[][] = [];
    for (let node: Element | null = element; node; node = node.parentElement) {
      const colour = parse(getComputedStyle(node).backgroundColor);
      if ((colour[3] ?? 0) > 0) layers.push(colour);
      if ((colour[3] ?? 0) >= 1) break;
    }
    const canvas = parse(getComputedStyle(document.documentElement).backgroundColor);
    let result = (canvas[3] ?? 0) >= 1 ? canvas : [255, 255, 255, 1];
    for (const [r = 0, g = 0, b = 0, a = 1] of layers.reverse()) {
      result = [
        r * a + (result[0] ?? 0) * (1 - a),
        g * a + (result[1] ?? 0) * (1 - a),
        b * a + (result[2] ?? 0) * (1 - a),
        1,
      ];
    }
    return result;
  };
  const name = (element: Element) =>
    `${element.closest('[data-nr]')?.getAttribute('data-nr')} ${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`;

  const blocks = [...document.querySelectorAll('[data-nr]')];
  for (const block of blocks) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement as Element;
      // Hidden on purpose until the reader acts (the poll's fallback and revoke), or for no-script readers.
      if (!text || element.closest('[hidden], noscript')) continue;
      const where = `${name(element)} "${text.slice(0, 30)}"`;
      const style = getComputedStyle(element);
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) {
        problems.text.push(`${where}: no size`);
        continue;
      }
      if (style.visibility !== 'visible') problems.text.push(`${where}: visibility ${style.visibility}`);
      let opacity = 1;
      for (let n: Element | null = element; n; n = n.parentElement) opacity *= Number(getComputedStyle(n).opacity);
      if (opacity < 0.9) problems.text.push(`${where}: opacity ${opacity}`);
      const colour = parse(style.webkitTextFillColor || style.color);
      if ((colour[3] ?? 0) < 0.9)
        problems.text.push(`${where}: text colour ${style.color} (fill ${style.webkitTextFillColor})`);
      // Far below what axe asks (4.5): only text as good as gone, which axe leaves to "needs review".
      const ratio = contrast(colour, backdrop(element));
      if (ratio < 3) problems.text.push(`${where}: contrast ${ratio.toFixed(2)} against its background`);
      const size = Number.parseFloat(style.fontSize);
      if (size < 12) problems.text.push(`${where}: font size ${size}px`);
      // Cut off by an ancestor that clips (overflow other than visible).
      const first = rects[0] as DOMRect;
      for (let n = element.parentElement; n && n !== document.body; n = n.parentElement) {
        const clip = getComputedStyle(n);
        if (clip.overflowX === 'visible' && clip.overflowY === 'visible') continue;
        const box = n.getBoundingClientRect();
        if (
          first.left < box.left - 1 ||
          first.right > box.right + 1 ||
          first.top < box.top - 1 ||
          first.bottom > box.bottom + 1
        )
          problems.text.push(`${where}: clipped by ${n.tagName.toLowerCase()}`);
      }
      // Covered by something else (a floated or positioned host element).
      first.top >= 0 && first.bottom <= innerHeight
        ? undefined
        : element.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      const [again] = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (again) {
        const x = Math.min(Math.max(again.left + Math.min(again.width / 2, 4), 0), innerWidth - 1);
        const hit = document.elementFromPoint(x, again.top + again.height / 2);
        if (hit && !block.contains(hit) && !hit.contains(block))
          problems.text.push(`${where}: covered by ${hit.tagName.toLowerCase()}`);
      }
    }
    // A list's points keep their markers (the summary's are its bullets).
    for (const item of block.querySelectorAll('li')) {
      const style = getComputedStyle(item);
      if (style.display !== 'list-item' || style.listStyleType === 'none')
        problems.text.push(`${name(item)}: no marker (display ${style.display}, list-style ${style.listStyleType})`);
      else if (item.getBoundingClientRect().left - block.getBoundingClientRect().left < 12)
        problems.text.push(`${name(item)}: no room for its marker`);
    }
    // Quote marks belong to the text (per locale); any the host's CSS adds are doubled ones.
    for (const element of [block, ...block.querySelectorAll('*')]) {
      for (const pseudo of ['::before', '::after'] as const) {
        const content = getComputedStyle(element, pseudo).content;
        const strings = [...content.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).join('');
        if (/open-quote|close-quote/.test(content) || /[“”„«»‘’‚‹›"']|\\"/.test(strings))
          problems.quotes.push(`${name(element)}${pseudo}: content ${content}`);
      }
    }
    // Nothing of a block outside the viewport's width, nothing scrolled inside it.
    for (const element of [block, ...block.querySelectorAll('*')]) {
      if (element.closest('[hidden], noscript')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.left < -1 || box.right > document.documentElement.clientWidth + 1)
        problems.overflow.push(`${name(element)}: ${Math.round(box.left)}–${Math.round(box.right)} px`);
    }
  }
  const width = document.documentElement.scrollWidth;
  if (width > document.documentElement.clientWidth)
    problems.overflow.push(`page scrolls sideways: ${width} px in ${document.documentElement.clientWidth}`);

  const badges = [...document.querySelectorAll<HTMLImageElement>('.nr-trust__badge')];
  if (badges.length === 0) problems.badge.push('no badge');
  for (const badge of badges) {
    const box = badge.getBoundingClientRect();
    if (!badge.complete || badge.naturalWidth === 0) problems.badge.push('badge not loaded');
    const height = badge.naturalWidth ? (badgePixels * badge.naturalHeight) / badge.naturalWidth : badgePixels;
    if (Math.abs(box.width - badgePixels) > 1 || Math.abs(box.height - height) > 1)
      problems.badge.push(
        `badge ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px, not ${badgePixels} × ${Number(height.toFixed(1))}`,
      );
  }
  return problems;
}

/** Tabs from the top of the page to the poll's consent button; its focus outline must be there to see. */
async function consentFocus(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate(() => document.activeElement?.matches('.nr-poll__load') ?? false);
    if (!reached) continue;
    return page.evaluate(() => {
      const problems: string[] = [];
      const button = document.activeElement as HTMLElement;
      // Where the host scrolls smoothly, Tab's scroll is still under way: look once it has arrived.
      button.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      if (!button.matches(':focus-visible')) problems.push('focused but not :focus-visible');
      const style = getComputedStyle(button);
      const width = Number.parseFloat(style.outlineWidth);
      if (style.outlineStyle === 'none' || width < 2)
        problems.push(`outline ${style.outlineStyle} ${style.outlineWidth}`);
      if (/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(style.outlineColor))
        problems.push(`outline colour ${style.outlineColor}`);
      // The outline against what is around the button (its nearest opaque background): 3:1, as WCAG asks of focus indicators.
      const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
      let around = [255, 255, 255];
      for (let node = button.parentElement; node; node = node.parentElement) {
        const [r = 0, g = 0, b = 0, a = 1] = rgb(getComputedStyle(node).backgroundColor);
        if (a >= 1) {
          around = [r, g, b];
          break;
        }
      }
      const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
        const channel = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      const [light, dark] = [luminance(rgb(style.outlineColor)), luminance(around)].sort((x, y) => y - x) as [
        number,
        number,
      ];
      const ratio = (light + 0.05) / (dark + 0.05);
      if (ratio < 3)
        problems.push(`outline ${style.outlineColor} on ${around.join(',')}: contrast ${ratio.toFixed(2)}`);
      const box = button.getBoundingClientRect();
      if (box.width < 24 || box.height < 24) problems.push(`button ${box.width} × ${box.height} px`);
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (hit !== button && !button.contains(hit)) problems.push(`button covered by ${hit?.tagName.toLowerCase()}`);
      return problems;
    });
  }
  return ['consent button not reached in 40 presses of Tab'];
}

/** Every check above, on the page as it is. */
export async function blockProblems(page: Page): Promise<BlockProblems> {
  const found = await page.evaluate(inspect, badgePixels);
  return { ...found, focus: await consentFocus(page) };
}
