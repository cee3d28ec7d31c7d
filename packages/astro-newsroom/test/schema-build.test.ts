/**
 * The article schema's strict checks in a real `astro build` of a content
 * collection: the build fails and names the entry's file and the field.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSite, fixtures } from './sites.js';

const bad = {
  'ohne-alt.md':
    '---\ntitle: Bild\nteaser: Ohne Alternativtext.\npublished: 2024-06-18T22:30:00+02:00\nimage:\n  src: /karte.svg\n---\n\nText.\n',
  'paywall.md':
    '---\ntitle: Bezahlt\nteaser: Ohne Selektor.\npublished: 2024-06-18T22:30:00+02:00\nisAccessibleForFree: false\n---\n\nText.\n',
  'ohne-datum.md': '---\ntitle: Ohne Datum\nteaser: Kein published.\n---\n\nText.\n',
};

describe('astro build with the article schema', () => {
  it.each(Object.entries(bad))('%s: fails, naming the file and the field', async (file, source) => {
    const path = new URL(`collection/src/articles/${file}`, fixtures);
    writeFileSync(path, source);
    try {
      const result = await buildSite('collection', { NEWSROOM_PROCESSOR: 'satteri' }, 'dist-satteri');
      expect(result.ok).toBe(false);
      expect(result.output).toContain(file.replace(/\.md$/, ''));
      const field = {
        'ohne-alt.md': 'image.alt is required',
        'paywall.md': 'paywall.cssSelector is required',
        'ohne-datum.md': 'published is required',
      }[file];
      expect(result.output).toContain(field);
    } finally {
      rmSync(path, { force: true });
    }
  });
});
