/**
 * Per-block component overrides (`components: { quote: './src/components/MyQuote.astro' }`).
 * In `.mdx` the block becomes the user's component, given the props of the
 * built-in one and the author's content as its slot. `.md` cannot render
 * components, so there the engine's markup stays.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RootContent } from 'mdast';
import type { BlockInput, Locale } from 'remark-newsroom/engine';

export type Overrides = Record<string, string>;

/** Where a label goes as a prop: the built-in components' names for it. */
const labelProps: Record<string, string> = { summary: 'title', quote: 'by', poll: 'title' };
/** Blocks whose label is their content (the slot), as in `<Credit>dpa/thp</Credit>`. */
const labelIsContent = new Set(['credit', 'topic']);

export function resolveOverrides(components: Record<string, string> | undefined, root: URL): Overrides {
  const overrides: Overrides = {};
  for (const [block, path] of Object.entries(components ?? {})) {
    overrides[block] = path.startsWith('.') || isAbsolute(path) ? resolve(fileURLToPath(root), path) : path;
  }
  return overrides;
}

export function componentName(block: string): string {
  return `NewsroomOverride${block.charAt(0).toUpperCase()}${block.slice(1)}`;
}

/** The JSX element that stands where the block would be. */
export function overrideElement(input: BlockInput, locale: Locale): RootContent {
  const props: Record<string, string> = { ...input.attributes, locale };
  const labelProp = labelProps[input.name];
  if (labelProp && input.labelText && props[labelProp] === undefined) props[labelProp] = input.labelText;
  const children = labelIsContent.has(input.name) ? (input.label ?? []) : input.children;
  return {
    type: input.kind === 'text' ? 'mdxJsxTextElement' : 'mdxJsxFlowElement',
    name: componentName(input.name),
    attributes: Object.entries(props).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })),
    children: children as RootContent[],
    // An MDX JSX element: mdast's own types list no MDX nodes.
  } as unknown as RootContent;
}

/** `import NewsroomOverrideQuote from '…'`, with the estree unified's MDX needs. */
export function importNode(block: string, path: string): RootContent {
  const name = componentName(block);
  return {
    type: 'mdxjsEsm',
    value: `import ${name} from ${JSON.stringify(path)};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
            source: { type: 'Literal', value: path, raw: JSON.stringify(path) },
          },
        ],
      },
    },
    // An MDX ESM node: mdast's own types list no MDX nodes.
  } as unknown as RootContent;
}
