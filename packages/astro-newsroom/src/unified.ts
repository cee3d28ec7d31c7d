/**
 * The unified front end inside Astro (`@astrojs/markdown-remark`, Astro 6 and
 * Astro 7 with `unified()`): remark-newsroom itself, plus two small plugins
 * that do what Astro does not: print our diagnostics and add the poll script.
 */
import type { Root as HastRoot } from 'hast';
import remarkNewsroom, { type NewsroomRecord } from 'remark-newsroom';
import type { Diagnostic, RuleId } from 'remark-newsroom/engine';
import { type ResolvedOptions, type TransformBlock, withOptions } from 'remark-newsroom/options';
import type { VFile } from 'vfile';
import type { Reporter } from './diagnostics.js';
import { importNode, type Overrides, overrideElement } from './overrides.js';
import { leadingAssets, type PageAssets, trailingAssets } from './page-assets.js';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
  newsroom?: { polls: unknown[] };
}

/** Reports remark-newsroom's vfile messages and hands the record to the page's frontmatter. */
function remarkNewsroomReport(report: Reporter) {
  return () => (_tree: unknown, file: VFile) => {
    const data = file.data as AstroFileData;
    if (data.astro?.frontmatter && data.newsroom) data.astro.frontmatter.newsroom = data.newsroom;
    const diagnostics: Diagnostic[] = file.messages
      .filter((message) => message.source === 'remark-newsroom')
      .map((message) => ({
        ruleId: message.ruleId as RuleId,
        message: message.reason,
        position: message.place && 'start' in message.place ? message.place : undefined,
      }));
    report(file.path, diagnostics, String(file.value));
  };
}

function rehypePageAssets(assets: PageAssets) {
  return () => (tree: HastRoot, file: VFile) => {
    const record = (file.data as { newsroom?: NewsroomRecord }).newsroom;
    tree.children.unshift(...leadingAssets(assets, record));
    tree.children.push(...trailingAssets(assets, record));
  };
}

/** In `.mdx`, an overridden block becomes the user's component (see overrides.ts). */
function overrideTransform(overrides: Overrides): TransformBlock {
  return (input, { file, locale }) => {
    if (!file.path?.endsWith('.mdx') || !Object.hasOwn(overrides, input.name)) return undefined;
    const data = file.data as { newsroomImports?: Set<string> };
    data.newsroomImports ??= new Set();
    data.newsroomImports.add(input.name);
    return overrideElement(input, locale);
  };
}

/** Imports the override components the document used. */
function remarkOverrideImports(overrides: Overrides) {
  return () => (tree: { children: unknown[] }, file: VFile) => {
    for (const block of (file.data as { newsroomImports?: Set<string> }).newsroomImports ?? []) {
      tree.children.unshift(importNode(block, overrides[block] as string));
    }
  };
}

/** The plugins, from the options the integration resolved (remark-newsroom takes them as they are). */
export function unifiedPlugins(
  options: ResolvedOptions,
  report: Reporter,
  assets: PageAssets,
  overrides: Overrides = {},
  fingerprint = '',
) {
  return {
    // Strict is enforced by the reporter, after every problem has been printed.
    remarkPlugins: [
      [
        remarkNewsroom,
        withOptions(options, {
          strict: false,
          unknownDirectives: 'keep',
          transformBlock: overrideTransform(overrides),
        }),
      ],
      // The tuple's options are what Astro's content cache digests (see fingerprint.ts).
      [remarkNewsroomReport(report), { fingerprint }],
      remarkOverrideImports(overrides),
    ] as const,
    rehypePlugins: [rehypePageAssets(assets)] as const,
  };
}
