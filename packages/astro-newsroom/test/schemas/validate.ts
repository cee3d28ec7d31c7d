/** Validates sitemaps with xmllint (libxml2 compiled to WebAssembly) against the XSDs beside this file. */
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';

const schema = (name: string) => ({
  fileName: name,
  contents: readFileSync(new URL(name, import.meta.url), 'utf8'),
});

/** xmllint's errors, one line each; empty when the document is valid. */
export async function xmllintErrors(xml: string, kind: 'urlset' | 'sitemapindex'): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'sitemap.xml', contents: xml }],
    schema: [schema(kind === 'urlset' ? 'sitemap.xsd' : 'siteindex.xsd')],
    preload: [schema('sitemap-news.xsd')],
    // Large files (1,000 entries) need more than the default 16 MiB.
    initialMemoryPages: 2048,
    maxMemoryPages: 8192,
  });
  return result.errors.map((error) => error.rawMessage.trim());
}
