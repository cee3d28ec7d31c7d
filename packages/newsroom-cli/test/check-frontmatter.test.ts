/**
 * `newsroom check` validates frontmatter with astro-newsroom's article
 * schema: the strict checks of distribution (no `published`, a lead image
 * without `alt`, a paywall without its selector) name the file and the field.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

const files: Record<string, string> = {
  'ohne-datum.md': '---\ntitle: Ohne Datum\nteaser: Kein published.\n---\n\nText.\n',
  'bild-ohne-alt.md':
    '---\ntitle: Bild\nteaser: Ein Bild ohne Alternativtext.\npublished: 2024-06-18T22:30:00+02:00\nimage:\n  src: /bilder/karte.svg\n  caption: Eine Karte\n---\n\nText.\n',
  'paywall.md':
    '---\ntitle: Bezahlt\nteaser: Hinter der Bezahlschranke.\npublished: 2024-06-18T22:30:00+02:00\nisAccessibleForFree: false\n---\n\nText.\n',
  'gut.md':
    '---\ntitle: Gut\nteaser: Alles da.\npublished: 2024-06-18T22:30:00+02:00\nauthors:\n  - name: Anna Beispiel\nimage:\n  src: /bilder/karte.svg\n  alt: Karte von Nordkorea\nisAccessibleForFree: false\npaywall:\n  cssSelector: .paywall\nupdated:\n  - time: 2024-06-19T11:40:00+02:00\n    note: Reaktion ergänzt.\n---\n\nText.\n',
};

async function checkJson(dir: string) {
  const run = promisify(execFile)(process.execPath, [bin, 'check', '.', '--format', 'json'], { cwd: dir }).then(
    ({ stderr }) => ({ code: 0, stderr }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );
  const { code, stderr } = await run;
  const report = JSON.parse(stderr) as { path: string; messages: { ruleId: string; reason: string; line: number }[] }[];
  return { code, report };
}

describe('newsroom check: frontmatter for distribution', () => {
  it('names the file and the field of each problem, and passes the complete article', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsroom-check-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const { code, report } = await checkJson(dir);
    expect(code).toBe(1);
    const reasons = Object.fromEntries(
      report.map((file) => [
        file.path,
        file.messages.map((message) => `${message.ruleId} ${message.line}: ${message.reason}`),
      ]),
    );
    expect(reasons).toEqual({
      'ohne-datum.md': [
        'invalid-frontmatter 1: frontmatter `published`: published is required: the date and time in ISO 8601, e.g. 2024-06-18T22:30:00+02:00',
      ],
      'bild-ohne-alt.md': [
        'invalid-frontmatter 1: frontmatter `image.alt`: image.alt is required: describe the image for readers who cannot see it',
      ],
      'paywall.md': [
        'invalid-frontmatter 1: frontmatter `paywall`: paywall.cssSelector is required when isAccessibleForFree is false: the CSS selector of the paywalled part, e.g. { cssSelector: ".paywall" }',
      ],
      'gut.md': [],
    });
  });
});
