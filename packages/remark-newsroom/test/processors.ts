/**
 * Both Markdown processors, in-process, as Astro configures them (GFM on):
 * unified (remark-parse → remark-gfm → remark-newsroom → remark-rehype →
 * rehype-stringify) and Sätteri's own `markdownToHtml` with our Sätteri plugin. Tests written with {@link describeEachProcessor} run on
 * both against the same expectations.
 */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { markdownToHtml } from 'satteri';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe } from 'vitest';
import type { Diagnostic, NewsroomRecord } from '../src/engine/types.js';
import remarkNewsroom, { type Options } from '../src/index.js';
import satteriNewsroom from '../src/satteri.js';

export interface Rendered {
  html: string;
  /** Diagnostics as `line:col  message  [rule]` strings' parts. */
  messages: { ruleId: string; message: string; line?: number | undefined; column?: number | undefined }[];
  record: NewsroomRecord | undefined;
}

export type Render = (markdown: string, options?: Options) => Promise<Rendered>;

export const renderUnified: Render = async (markdown, options) => {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkNewsroom, options)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(new VFile({ path: 'article.md', value: markdown }));
  return {
    // rehype-stringify ends without a newline; Sätteri ends with one.
    html: `${String(file).trimEnd()}\n`,
    messages: file.messages.map((m) => ({
      ruleId: m.ruleId ?? '',
      message: m.reason,
      line: m.line,
      column: m.column,
    })),
    record: file.data.newsroom,
  };
};

export const renderSatteri: Render = async (markdown, options) => {
  const result = await markdownToHtml(markdown, {
    features: { directive: true },
    mdastPlugins: [satteriNewsroom(options)],
  });
  const diagnostics = (result.data.newsroomDiagnostics ?? []) as Diagnostic[];
  return {
    html: `${result.html.trimEnd()}\n`,
    messages: diagnostics.map((d) => ({
      ruleId: d.ruleId,
      message: d.message,
      line: d.position?.start.line,
      column: d.position?.start.column,
    })),
    record: result.data.newsroom as NewsroomRecord | undefined,
  };
};

export const processors = { unified: renderUnified, satteri: renderSatteri } as const;

/** Runs the same tests once per processor. */
export function describeEachProcessor(title: string, tests: (render: Render, processor: string) => void): void {
  for (const [name, render] of Object.entries(processors)) {
    describe(`${title} [${name}]`, () => tests(render, name));
  }
}
