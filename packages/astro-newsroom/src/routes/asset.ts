/**
 * Serves the two files the blocks reference from the site itself, so no
 * reader request ever leaves the site: the JTI badge, the stylesheet and
 * the poll consent script. Prerendered: a static build writes them to `/_newsroom/`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import jtiBadge from 'remark-newsroom/assets/jti-badge.svg?raw';
import stylesheet from '../../styles/newsroom.css?raw';
import pollConsent from '../client/poll-consent.js?raw';

export const prerender = true;

const files: Record<string, { body: string; type: string }> = {
  'jti-badge.svg': { body: jtiBadge, type: 'image/svg+xml' },
  'poll-consent.js': { body: pollConsent, type: 'text/javascript; charset=utf-8' },
  'newsroom.css': { body: stylesheet, type: 'text/css; charset=utf-8' },
};

export const getStaticPaths: GetStaticPaths = () => Object.keys(files).map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) => {
  const file = files[String(params.file)];
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(file.body, { headers: { 'Content-Type': file.type } });
};
