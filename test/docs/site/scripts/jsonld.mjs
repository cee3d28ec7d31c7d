// The JSON-LD the built article page carries (run after `astro build`).
import { readFile } from 'node:fs/promises';

const html = await readFile('dist/jsonld/putin-nordkorea/index.html', 'utf8');
const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
console.log(JSON.stringify(JSON.parse(json), null, 2));
