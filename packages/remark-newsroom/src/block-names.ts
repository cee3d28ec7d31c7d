/**
 * The block names, as data: the options (component overrides in Astro) and
 * the docs read them here; the block registry (`blocks/index.ts`) is tested
 * to hold exactly these.
 */
export const blockNames = ['summary', 'quote', 'poll', 'trust', 'correction', 'credit', 'topic', 'update'] as const;

export type BlockName = (typeof blockNames)[number];
