/**
 * A host page's parts, shared by the host tests: the article with every
 * block (rendered by remark-newsroom as a site's CMS would), our stylesheet and
 * badge copied next to it, and axe-core run on the page.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import satteriNewsroom from 'remark-newsroom/satteri';
import { markdownToHtml } from 'satteri';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const stylesheet = fileURLToPath(new URL('../../packages/astro-newsroom/styles/newsroom.css', import.meta.url));
const badge = require.resolve('remark-newsroom/assets/jti-badge.svg');
const article = readFileSync(new URL('./fixtures/plain-host/article.md', import.meta.url), 'utf8');

/** The badge's size on the page as the site configured it (CSS pixels). */
export const badgeSize = 96;

/** The article with every block, as HTML; its stylesheet and badge under `/_newsroom/`. */
export async function articleBlocks(): Promise<string> {
  const { html } = await markdownToHtml(article, {
    features: { directive: true },
    mdastPlugins: [
      satteriNewsroom({
        locale: 'de-CH',
        typography: true,
        badges: { jti: { src: '/_newsroom/jti-badge.svg', width: badgeSize, height: badgeSize } },
      }),
    ],
  });
  return html;
}

/** Copies our stylesheet and the badge to `<root>/_newsroom/`, where the host pages link them. */
export function copyNewsroomAssets(root: string): void {
  mkdirSync(join(root, '_newsroom'), { recursive: true });
  copyFileSync(stylesheet, join(root, '_newsroom/newsroom.css'));
  copyFileSync(badge, join(root, '_newsroom/jti-badge.svg'));
}

interface AxeResult {
  violations: { id: string; nodes: { target: unknown; any: { message: string }[] }[] }[];
}

export type AxeScope = 'contrast' | 'blocks' | 'page';

/** axe-core's violations: colour contrast on our blocks, every rule on our blocks, or every rule on the page. */
export async function axe(page: Page, scope: AxeScope): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async (scope) => {
    const { axe } = window as unknown as { axe: { run(context: unknown, options?: unknown): Promise<AxeResult> } };
    if (scope === 'contrast') return axe.run({ include: [['[data-nr]']] }, { runOnly: ['color-contrast'] });
    return axe.run(scope === 'blocks' ? { include: [['[data-nr]']] } : document);
  }, scope);
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} ${JSON.stringify(n.target)}: ${n.any[0]?.message ?? ''}`.slice(0, 300)),
  );
}
