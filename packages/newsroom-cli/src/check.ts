/**
 * `newsroom check`: the build's diagnostics for a content folder, without a
 * build. unified-engine finds the files (folders, globs, `.newsroomignore`),
 * runs remark-newsroom on each and reports through vfile-reporter (or JSON);
 * frontmatter is checked against astro-newsroom's article schema where it is
 * installed.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Locale } from 'remark-newsroom';
import remarkNewsroom from 'remark-newsroom';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { engine } from 'unified-engine';
import type { VFile } from 'vfile';
import reporter from 'vfile-reporter';
import reporterJson from 'vfile-reporter-json';
import { parse as parseYaml } from 'yaml';

export interface CheckOptions {
  paths: string[];
  format?: 'text' | 'json' | undefined;
  /** Warnings fail too. */
  strict?: boolean | undefined;
  color?: boolean | undefined;
  locale?: Locale | undefined;
  cwd?: string | undefined;
  /** Where the report goes (default stderr). */
  report?: NodeJS.WritableStream | undefined;
  /** Called after each file, for a progress line. */
  onFile?: ((done: number) => void) | undefined;
}

/** A zod-like schema: what `newsroomArticleSchema` offers. */
interface Schema {
  safeParse(value: unknown): {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  };
}

/** astro-newsroom's article schema, when astro-newsroom (and so astro) is installed. */
async function articleSchema(): Promise<Schema | undefined> {
  try {
    return (await import('astro-newsroom/schema')).newsroomArticleSchema as unknown as Schema;
  } catch {
    return undefined;
  }
}

/** Reads YAML frontmatter into `file.data.frontmatter` (remark-newsroom reads its `locale`). */
function remarkFrontmatterData() {
  return (tree: Root, file: VFile) => {
    const yaml = tree.children.find((node) => node.type === 'yaml');
    if (!yaml) return;
    try {
      file.data.frontmatter = parseYaml(yaml.value) ?? {};
    } catch (error) {
      file.message(`frontmatter is not valid YAML: ${(error as Error).message}`, {
        place: yaml.position,
        ruleId: 'invalid-frontmatter',
        source: 'newsroom-check',
      }).fatal = true;
    }
  };
}

/** Frontmatter against the article schema: an error per problem, at the frontmatter. */
function remarkArticleSchema(schema: Schema | undefined) {
  return (tree: Root, file: VFile) => {
    const yaml = tree.children.find((node) => node.type === 'yaml');
    const data = file.data.frontmatter as Record<string, unknown> | undefined;
    if (!schema || !yaml || !data) return;
    const result = schema.safeParse(data);
    for (const issue of result.error?.issues ?? []) {
      const path = issue.path.map(String).join('.') || 'frontmatter';
      file.message(`frontmatter \`${path}\`: ${issue.message}`, {
        place: yaml.position,
        ruleId: 'invalid-frontmatter',
        source: 'newsroom-check',
      }).fatal = true;
    }
  };
}

declare module 'vfile' {
  interface DataMap {
    frontmatter: unknown;
  }
}

/** Checks the files; resolves to the exit code (1 on errors, and on warnings with `strict`). */
export async function check(options: CheckOptions): Promise<number> {
  const schema = await articleSchema();
  let done = 0;
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkFrontmatterData)
    .use(remarkArticleSchema, schema)
    .use(remarkNewsroom, { locale: options.locale ?? 'de', typography: true })
    .use(() => () => {
      options.onFile?.(++done);
    });
  return new Promise((resolve, reject) => {
    engine(
      {
        processor,
        files: options.paths,
        extensions: ['md', 'mdx', 'markdown'],
        cwd: options.cwd,
        ignoreName: '.newsroomignore',
        ignorePatterns: ['**/node_modules/**', '**/dist/**'],
        frail: options.strict === true,
        color: options.color === true,
        out: false,
        output: false,
        // Text lists only files with problems; JSON lists every file, for tools.
        quiet: options.format !== 'json',
        reporter: options.format === 'json' ? reporterJson : reporter,
        streamError: options.report ?? process.stderr,
      },
      (error, code) => {
        if (error) reject(error);
        else resolve(code ?? 0);
      },
    );
  });
}
