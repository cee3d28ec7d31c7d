import type { DirectiveKind } from './types.js';

/**
 * The one table of directive forms: how many colons each is written with,
 * and its mdast node type. Restoration, diagnostics, "did you mean" and the
 * tree reader (`tree.ts`) all read it.
 */
export const directiveMarkers = {
  text: ':',
  leaf: '::',
  container: ':::',
} as const satisfies Record<DirectiveKind, string>;

/** The mdast node type of each directive form (mdast-util-directive's names). */
export const directiveNodeTypes = {
  text: 'textDirective',
  leaf: 'leafDirective',
  container: 'containerDirective',
} as const satisfies Record<DirectiveKind, string>;
