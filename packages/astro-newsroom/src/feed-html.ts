/**
 * An article body as HTML a feed reader shows well: no scripts, iframes,
 * forms or buttons; the poll becomes its fallback link; every link and image
 * absolute (a feed reader has no page to resolve them against); URL schemes
 * and attributes as hast-util-sanitize allows them.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, type Schema, sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';

/** Interactive or embedded parts that mean nothing outside the page; their text goes too. */
const dropped = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'link',
  'meta',
]);

const schema: Schema = {
  ...defaultSchema,
  // Ids stay as written: a summary's links point at the headings.
  clobber: [],
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'figure',
    'figcaption',
    'aside',
    'header',
    'footer',
    'time',
    'small',
    'cite',
    'abbr',
    'mark',
  ],
  attributes: { ...defaultSchema.attributes, time: ['dateTime'] },
};

/**
 * The poll's stage (consent notice, load button) means nothing where nothing
 * loads: in a feed it is the link to the poll that readers without its script get.
 */
function pollAsLink(stage: Element): void {
  const fallback = stage.children.find(
    (child): child is Element => child.type === 'element' && child.properties.dataNrPollFallback !== undefined,
  );
  stage.children = fallback ? [fallback] : [];
}

function keep(node: RootContent): boolean {
  if (node.type === 'comment' || node.type === 'doctype') return false;
  if (node.type !== 'element') return true;
  if (dropped.has(node.tagName)) return false;
  // The poll's link for readers without its script is hidden on the page; in a feed it is the poll.
  if (node.properties.dataNrPollFallback !== undefined) {
    node.properties.hidden = undefined;
    return true;
  }
  return node.properties.hidden === undefined || node.properties.hidden === false;
}

function prune<T extends Root | Element>(parent: T): T {
  if (parent.type === 'element' && parent.properties.dataNrPollStage !== undefined) pollAsLink(parent);
  parent.children = parent.children.filter(keep) as ElementContent[];
  for (const child of parent.children) if (child.type === 'element') prune(child);
  return parent;
}

function absolutize(parent: Root | Element, page: URL): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    // The sanitizer empties class lists; an empty `class=""` says nothing.
    if (Array.isArray(child.properties.className) && child.properties.className.length === 0)
      child.properties.className = undefined;
    for (const key of ['href', 'src'] as const) {
      const value = child.properties[key];
      if (typeof value !== 'string') continue;
      try {
        child.properties[key] = new URL(value, page).href;
      } catch {
        child.properties[key] = undefined;
      }
    }
    absolutize(child, page);
  }
}

/** The body HTML of an article page, cleaned for a feed; links resolve against the page URL. */
export function feedHtml(html: string, page: string | URL): string {
  const tree = prune(fromHtml(html, { fragment: true }));
  const clean = sanitize(tree, schema) as Root;
  absolutize(clean, new URL(page));
  return toHtml(clean);
}
