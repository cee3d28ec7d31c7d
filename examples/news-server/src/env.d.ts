/// <reference types="astro/client" />

// The article store: SQLite on Node (src/store/sqlite.ts), bundled articles on the edge (src/store/bundled.ts).
declare module '#store' {
  export function articleStore(): import('./store/types.js').ArticleStore;
}
