/**
 * The files the site serves, and the facts about them that two packages
 * hold: remark-newsroom's built-in JTI badge points into the asset route,
 * at a file the route serves, with the size the SVG itself declares.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { builtinBadges } from 'remark-newsroom/options';
import { expect, it } from 'vitest';
import { fromXml } from 'xast-util-from-xml';
// The built route: its consent script is the bundled one.
import { getStaticPaths } from '../dist/routes/asset.js';
import { assetPath, pageAssets } from '../src/page-assets.js';

const jti = builtinBadges.jti as NonNullable<typeof builtinBadges.jti>;

const served = async () =>
  ((await getStaticPaths({} as never)) as { params: { file: string } }[]).map(
    (path) => `${assetPath}${path.params.file}`,
  );

it('the asset route serves the built-in badge, the stylesheet and the consent script, under one path', async () => {
  expect(assetPath).toBe('/_newsroom/');
  const { script, stylesheet } = pageAssets('/', true);
  expect((await served()).sort()).toEqual([jti.src, script, stylesheet].sort());
  expect(pageAssets('/blog/', true).script).toBe('/blog/_newsroom/poll-consent.js');
});

it("the JTI badge's size is the one the SVG declares", () => {
  const svg = readFileSync(createRequire(import.meta.url).resolve('remark-newsroom/assets/jti-badge.svg'), 'utf8');
  const root = fromXml(svg).children.find((node) => node.type === 'element');
  expect(root?.type === 'element' && root.name).toBe('svg');
  const { width, height } = root?.type === 'element' ? root.attributes : {};
  expect({ width: jti.width, height: jti.height }).toEqual({
    width: Number(width),
    height: Number(height),
  });
});
