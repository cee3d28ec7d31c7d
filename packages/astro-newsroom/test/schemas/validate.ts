/** Validates sitemaps with xmllint (libxml2 compiled to WebAssembly) against the XSDs beside this file. */
import { readFileSync } from 'node:fs';
import { fromXml } from 'xast-util-from-xml';
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

/** The `news:news` entries of a urlset, read back with an XML parser. */
export function newsEntries(xml: string) {
  const tree = fromXml(xml);
  const urlset = tree.children.find((node) => node.type === 'element');
  if (urlset?.type !== 'element') throw new Error('no root element');
  const text = (node: { children: unknown[] }): string =>
    (node.children as { type: string; value?: string; children?: unknown[] }[])
      .map((child) => (child.type === 'text' ? (child.value ?? '') : child.children ? text(child as never) : ''))
      .join('');
  const find = (node: { children: unknown[] }, name: string) =>
    (node.children as { type: string; name?: string; children: unknown[] }[]).find(
      (child) => child.type === 'element' && child.name === name,
    ) as { children: unknown[] };
  return (urlset.children as { type: string; name?: string; children: unknown[] }[])
    .filter((node) => node.type === 'element' && node.name === 'url')
    .map((url) => {
      const news = find(url, 'news:news');
      const publication = find(news, 'news:publication');
      return {
        loc: text(find(url, 'loc')),
        name: text(find(publication, 'news:name')),
        language: text(find(publication, 'news:language')),
        date: text(find(news, 'news:publication_date')),
        title: text(find(news, 'news:title')),
      };
    });
}
