/**
 * Serves the files the blocks reference from the site itself, so no
 * reader request ever leaves the site: the JTI badge, the stylesheet and
 * the poll consent script. Prerendered: a static build writes them to the
 * asset path (`assetPath`, `/_newsroom/`).
 */

import config from 'virtual:astro-newsroom/config';
import type { APIRoute, GetStaticPaths } from 'astro';
import jtiBadge from 'remark-newsroom/assets/jti-badge.svg?raw';
import stylesheet from '../../styles/newsroom.css?raw';
import pollConsent from '../client/poll-consent.js?raw';
import { consentScript } from '../page-assets.js';

export const prerender = true;

// Each provider's embed host (the only ones the script will load) and TCF vendor, and the site's CMP settings.
const script = consentScript(pollConsent, config.remark.providers, config.consent);

const files: Record<string, { body: string; type: string }> = {
  'jti-badge.svg': { body: jtiBadge, type: 'image/svg+xml' },
  'poll-consent.js': {
    body: script,
    type: 'text/javascript; charset=utf-8',
  },
  'newsroom.css': { body: stylesheet, type: 'text/css; charset=utf-8' },
};

export const getStaticPaths: GetStaticPaths = () => Object.keys(files).map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) => {
  const file = files[String(params.file)];
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(file.body, { headers: { 'Content-Type': file.type } });
};
