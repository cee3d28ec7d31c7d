import type { Element } from 'hast';

/** Where the consent script is served (an external file: works under `script-src 'self'`). */
export function pollScriptSrc(base: string): string {
  return `${base.replace(/\/$/, '')}/_newsroom/poll-consent.js`;
}

/** `<script type="module" src>`: modules run once per page however often they appear. */
export function pollScriptElement(src: string): Element {
  return { type: 'element', tagName: 'script', properties: { type: 'module', src }, children: [] };
}
