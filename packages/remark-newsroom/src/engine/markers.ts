import type { DirectiveKind } from './types.js';

/**
 * The one table of directive markers: how many colons each directive form
 * is written with. Restoration, diagnostics and "did you mean" all read it.
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
