/// <reference types="astro/client" />

// The article store: SQLite on Node (src/store/sqlite.ts), bundled articles on the edge (src/store/bundled.ts).
declare module '#store' {
  export function articleStore(): import('./store/types.js').ArticleStore;
}

// The edge build's articles (bundled-articles.mjs).
declare module 'virtual:bundled-articles' {
  const articles: Omit<import('./store/types.js').StoredArticle, 'revised'>[];
  export default articles;
}
