/**
 * Page weight of the built example site (examples/news-site/dist): JS and CSS
 * per page, raw and gzip. Bytes are the same on any machine: one round
 * decides, and the smoke run fails when one is over.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Part } from './part.ts';

const pages = [
  'index.html',
  'artikel/putin-nordkorea/index.html',
  'artikel/north-korea-explainer/index.html',
  'so-arbeitet-die-redaktion/index.html',
  'themen/ukraine/index.html',
  '404.html',
];

export const part: Part = {
  id: 'weight',
  what: 'page weight of the example site: JS and CSS per page, raw and gzip',
  async run({ here }) {
    const dist = join(here, '../examples/news-site/dist');
    const rows = pages.map((page) => {
      const html = readFileSync(join(dist, page), 'utf8');
      const assets = (pattern: RegExp) =>
        [...html.matchAll(pattern)].map((m) => readFileSync(join(dist, (m[1] ?? m[2]) as string)));
      const js = assets(/<script[^>]+src="([^"]+)"/g);
      const css = assets(
        /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"/g,
      );
      const size = (files: Buffer[], gzip: boolean) =>
        files.reduce((sum, file) => sum + (gzip ? gzipSync(file, { level: 9 }).length : file.length), 0);
      return {
        page,
        poll: html.includes('data-nr="poll"'),
        js: size(js, false),
        jsGzip: size(js, true),
        css: size(css, false),
        cssGzip: size(css, true),
      };
    });
    const stylesheet = readFileSync(join(here, '../packages/astro-newsroom/styles/newsroom.css'));
    return {
      measured: {
        'weight-js-without-poll': [Math.max(...rows.filter((p) => !p.poll).map((p) => p.js))],
        'weight-js-gzip-with-poll': [Math.max(...rows.filter((p) => p.poll).map((p) => p.jsGzip))],
        'weight-css-gzip': [gzipSync(stylesheet, { level: 9 }).length],
      },
      data: { pages: rows },
    };
  },
};
