import { blocks } from 'remark-newsroom/engine';
/** The pages every consumer site renders: every block, in `.md` and `.mdx`. */
export const blocksMarkdown = `Um 10:30 Uhr schrieb Putin für "Rodong Sinmun" an Leser:innen.

::topic[Mehr News zum Krieg in der Ukraine]{href="/themen/ukraine"}

:::summary
- Putin ist in Nordkorea eingetroffen.
:::

## Erster Teil

:::quote{by="Pat Ryder" role="Sprecher"}
Die sich vertiefende Zusammenarbeit
:::

::poll{id="123" title="Wie sehen Sie das?"}

::trust{badge="jti" href="/so-arbeitet-die-redaktion"}

:::correction{date="2024-06-19"}
In einer früheren Version.
:::

Text (:credit[dpa/thp]).

:::update{time="2024-06-19T09:15+02:00"}
Putin ist in Pjöngjang gelandet.
:::
`;

export const pageFiles = {
  'src/pages/markdown.md': `---\ntitle: Markdown\n---\n\n${blocksMarkdown}`,
  'src/pages/mdx.mdx': `---\ntitle: MDX\n---\n\n${blocksMarkdown}`,
};

/** Every block the engine knows: the page above must show each. */
export const blockNames = Object.keys(blocks);
