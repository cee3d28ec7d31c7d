/** Internal links of a built site: every href and src on our origin resolves, fragments included. */
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { fileFor } from './server.js';

/** `skipCanonical`: Starlight's 404 page names a canonical URL that is, by nature, not a page. */
export function brokenLinks(
  root: string,
  pages: string[],
  origin = 'http://localhost:4321',
  { skipCanonical = false } = {},
) {
  const broken: string[] = [];
  let checked = 0;
  for (const path of pages) {
    const tree = fromHtml(readFileSync(fileFor(path, root)!, 'utf8'));
    for (const element of selectAll('a[href], link[href], img[src], script[src]', tree)) {
      if (skipCanonical && String(element.properties.rel) === 'canonical') continue;
      const value = String(element.properties.href ?? element.properties.src);
      const url = new URL(value, `${origin}${path}`);
      if (url.origin !== origin) continue;
      checked++;
      const target = fileFor(url.pathname, root);
      if (!target) {
        broken.push(`${path}: ${value}`);
        continue;
      }
      if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!selectAll(`[id="${id.replace(/["\\]/g, '\\$&')}"]`, fromHtml(readFileSync(target, 'utf8'))).length) {
          broken.push(`${path}: ${value} (no #${id})`);
        }
      }
    }
  }
  return { broken, checked };
}
