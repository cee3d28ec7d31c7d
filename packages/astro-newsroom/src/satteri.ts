/**
 * The Sätteri front end inside Astro: remark-newsroom's Sätteri plugin, plus
 * what Astro needs around it — the page's frontmatter locale, the record on
 * the frontmatter, diagnostics through Astro's logger, component overrides in
 * `.mdx`, and the page assets.
 */

import type { NewsroomRecord } from 'remark-newsroom';
import { isLocale } from 'remark-newsroom/engine';
import type { ResolvedOptions } from 'remark-newsroom/options';
import { newsroomMdastPlugin } from 'remark-newsroom/satteri';
import type { HastPluginDefinition, MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import type { Reporter } from './diagnostics.js';
import { importNode, type Overrides, overrideElement } from './overrides.js';
import { leadingAssets, type PageAssets, trailingAssets } from './page-assets.js';

export { satteriNewsroomRestore as satteriRestorePlugin } from 'remark-newsroom/satteri';

interface AstroData {
  frontmatter?: Record<string, unknown>;
}

function astroData(ctx: { data: Record<string, unknown> }): AstroData | undefined {
  return ctx.data.astro as AstroData | undefined;
}

/** The mdast plugin: the document pass, with Astro's frontmatter, logger and overrides. */
export function satteriMdastPlugin(
  settings: ResolvedOptions,
  report: Reporter,
  overrides: Overrides = {},
): MdastPluginDefinition {
  const imports = new WeakMap<MdastVisitorContext, Set<string>>();
  return newsroomMdastPlugin(settings, {
    locale(ctx) {
      const value = astroData(ctx)?.frontmatter?.locale;
      return isLocale(value) ? value : undefined;
    },
    published: (ctx) => astroData(ctx)?.frontmatter?.published,
    // The engine still validates and records the block; the user's component renders it.
    transformBlock(input, doc, ctx) {
      if (ctx.sourceFormat !== 'mdx' || !Object.hasOwn(overrides, input.name)) return undefined;
      const used = imports.get(ctx) ?? new Set<string>();
      imports.set(ctx, used);
      used.add(input.name);
      return overrideElement(input, doc.locale);
    },
    done(doc, ctx, root) {
      for (const block of imports.get(ctx) ?? []) {
        ctx.prependChild(root as never, importNode(block, overrides[block] as string) as never);
      }
      const frontmatter = astroData(ctx)?.frontmatter;
      if (frontmatter) frontmatter.newsroom = doc.record;
      report(ctx.fileURL, doc.diagnostics, ctx.source);
    },
  });
}

/** Adds the page assets a document needs (stylesheet, consent script), and no others. */
export function satteriHastPlugin(assets: PageAssets): HastPluginDefinition {
  return {
    name: 'astro-newsroom-assets',
    after(root, ctx) {
      const record = ctx.data.newsroom as NewsroomRecord | undefined;
      const leading = leadingAssets(assets, record);
      // `prependChild`, not `insertChildAt(root, 0, …)`: the latter reads `root.children`,
      // which makes Sätteri build a JavaScript stub for every child of the page's root.
      if (leading.length) ctx.prependChild(root, leading as never);
      const trailing = trailingAssets(assets, record);
      if (trailing.length) ctx.appendChild(root, trailing as never);
    },
  };
}
