/**
 * The by-hand control (issue 22: a budget measures our engine against a
 * control that emits the same markup): an article's body with our markup
 * written as raw HTML, as our Sätteri plugin prints it, so no engine has to
 * make it. The Astro pages and collection parts (astro-site.ts) and the
 * on-demand store (scale-store.ts) take it from here.
 */
import { createRequire } from 'node:module';
import { fromHtml } from 'hast-util-from-html';
import satteriNewsroom from 'remark-newsroom/satteri';
import { markdownToHtml } from 'satteri';

// Astro's own heading ids plugin (not exported: imported from its dist file, as
// Astro resolves it), so the control's headings carry the ids Astro gives ours.
const astroSatteri = createRequire(import.meta.resolve('astro')).resolve('@astrojs/markdown-satteri');
const { createHeadingIdsPlugin } = await import(new URL('satteri-processor.js', `file://${astroSatteri}`).href);

/** A Markdown body (no frontmatter) as the raw HTML our plugin renders it to, for `locale` (`en` or `de-CH`). */
export function byHandBody(body: string, locale: 'en' | 'de-CH'): string {
  return markdownToHtml(body, {
    features: { directive: true },
    // As the integration runs it with nothing after it: directives not ours are given back.
    mdastPlugins: [satteriNewsroom({ typography: true, locale })],
    hastPlugins: [createHeadingIdsPlugin()],
  }).html;
}

/**
 * A paragraph-level part of Markdown that our engine renders as a block: one
 * that holds a directive (container, leaf or text), or a block quote (a
 * quote with an attribution line is our quote block without a directive).
 */
const rendersBlock = /^:{2,3}[a-z]|:[a-z]+\[|^>/m;

/** The top-level elements of an HTML fragment, each as the exact text it is written with. */
function topLevelElements(html: string): string[] {
  return fromHtml(html, { fragment: true }).children.flatMap((node) =>
    node.type === 'element' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined
      ? [html.slice(node.position.start.offset, node.position.end.offset)]
      : [],
  );
}

/**
 * Only our blocks by hand: every part of the body (between blank lines) that
 * our engine renders as a block, as the raw HTML our plugin renders it to,
 * the prose left as Markdown, so the control differs from ours only in the
 * work our engine does for the blocks (the processor still parses the
 * prose). The HTML comes from the whole document rendered once (a summary of
 * the headings needs them all), one top-level element per part; our
 * generated articles keep a container's lines together, without blank lines.
 */
export function blocksByHand(body: string, locale: 'en' | 'de-CH'): string {
  const parts = body.split('\n\n');
  const elements = topLevelElements(byHandBody(body, locale));
  if (elements.length !== parts.length) {
    throw new Error(`blocks by hand: ${parts.length} parts render to ${elements.length} top-level elements`);
  }
  return parts.map((part, at) => (rendersBlock.test(part) ? (elements[at] as string) : part)).join('\n\n');
}
