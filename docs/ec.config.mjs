// Expressive Code options live here so Starlight's <Code> component can load them.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';

/** Every `<pre>` gets `tabindex="0"`, so its scrollbar is keyboard-operable (axe: scrollable-region-focusable). */
function focusableCodeBlocks() {
  return {
    name: 'focusable-code-blocks',
    hooks: {
      postprocessRenderedBlock: ({ renderData }) => {
        const visit = (node) => {
          if (node.type === 'element' && node.tagName === 'pre') node.properties.tabIndex = 0;
          for (const child of node.children ?? []) visit(child);
        };
        visit(renderData.blockAst);
      },
    },
  };
}

export default defineEcConfig({ plugins: [focusableCodeBlocks()] });
