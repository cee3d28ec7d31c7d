/**
 * What a rendered document needs on its page, and only where it needs it:
 * the stylesheet where a block rendered, the consent script where a poll did.
 * Both are files served by the site (`/_newsroom/`): nothing inline, nothing
 * third-party, so a strict CSP holds.
 */
import type { Element } from 'hast';
import type { NewsroomRecord, PollProvider } from 'remark-newsroom';
import { builtinBadges } from 'remark-newsroom/options';
import { type ConsentConfig, configMarker } from './client/poll-state.js';

export interface PageAssets {
  script: string;
  /** Absent with `styles: false`. */
  stylesheet?: string | undefined;
}

/**
 * Where the site serves our files (`/_newsroom/`): the folder remark-newsroom's
 * built-in JTI badge points to, so the badge's default `src` and the asset
 * route cannot drift apart.
 */
const badgeSrc = builtinBadges.jti?.src ?? '';
export const assetPath = badgeSrc.slice(0, badgeSrc.lastIndexOf('/') + 1);

export function pageAssets(base: string, styles: boolean): PageAssets {
  const root = `${base.replace(/\/$/, '')}${assetPath}`;
  return { script: `${root}poll-consent.js`, stylesheet: styles ? `${root}newsroom.css` : undefined };
}

type Needs = Pick<NewsroomRecord, 'blocks' | 'polls'>;

/** `<link rel=stylesheet>` (allowed in the body) before the document's content. */
export function leadingAssets(assets: PageAssets, record: Needs | undefined): Element[] {
  if (!assets.stylesheet || !record?.blocks) return [];
  return [
    { type: 'element', tagName: 'link', properties: { rel: ['stylesheet'], href: assets.stylesheet }, children: [] },
  ];
}

/** `<script type="module" src>` after it: modules run once per page however often they appear. */
export function trailingAssets(assets: PageAssets, record: Needs | undefined): Element[] {
  if (!record?.polls.length) return [];
  return [{ type: 'element', tagName: 'script', properties: { type: 'module', src: assets.script }, children: [] }];
}

/**
 * The consent script as the site serves it: the site's providers (each one's
 * embed host and TCF vendor) and CMP settings written in place of the
 * script's built-in ones.
 */
export function consentScript(
  script: string,
  providers: Record<string, PollProvider>,
  consent: Pick<ConsentConfig, 'outsideGdpr'>,
): string {
  if (!script.includes(configMarker)) {
    throw new Error('astro-newsroom: the consent script has no provider registry to fill in; rebuild the package');
  }
  const config: ConsentConfig = {
    providers: Object.fromEntries(
      Object.entries(providers).map(([id, provider]) => [
        id,
        {
          hosts: [new URL(provider.embedUrl.replaceAll('{id}', 'id')).host],
          ...(provider.tcf ? { tcf: { vendorId: provider.tcf.vendorId, purposes: provider.tcf.purposes } } : {}),
        },
      ]),
    ),
    outsideGdpr: consent.outsideGdpr,
  };
  return script.replace(configMarker, () => JSON.stringify(config));
}
