/**
 * The page assets as markup, for the on-demand renderer on Sätteri: written
 * around the rendered HTML instead of inserted by a hast plugin, which on
 * Sätteri costs a round trip to apply its edits on every page with a block.
 * The same bytes Sätteri renders for the elements `leadingAssets` and
 * `trailingAssets` make; only for URLs that need no escaping in an attribute
 * (a site's own `/_newsroom/` files under its base), else the plugin stays.
 */
import type { NewsroomRecord } from 'remark-newsroom';
import type { PageAssets } from './page-assets.js';

/** Characters an attribute value can hold as written: no `&`, quote, `<`, `>` or space. */
const plainUrl = /^[A-Za-z0-9\-._~/:%@+]+$/;

export interface AssetMarkup {
  /** Around a rendered document: the stylesheet before it, the consent script after its content. */
  wrap(html: string, record: Pick<NewsroomRecord, 'blocks' | 'polls'> | undefined): string;
}

/** `undefined` when a URL would need escaping: the hast plugin renders those. */
export function assetMarkup(assets: PageAssets): AssetMarkup | undefined {
  if (!plainUrl.test(assets.script) || (assets.stylesheet !== undefined && !plainUrl.test(assets.stylesheet))) {
    return undefined;
  }
  const link = assets.stylesheet ? `<link rel="stylesheet" href="${assets.stylesheet}">` : '';
  const script = `<script type="module" src="${assets.script}"></script>`;
  return {
    wrap(html, record) {
      const leading = link && record?.blocks ? link : '';
      const trailing = record?.polls.length ? script : '';
      if (!leading && !trailing) return html;
      // Sätteri ends a document that has content with a newline, after the root's last child.
      if (!html) return `${leading}${trailing}\n`;
      const end = html.endsWith('\n') ? html.length - 1 : html.length;
      return `${leading}${html.slice(0, end)}${trailing}${html.slice(end)}`;
    },
  };
}
