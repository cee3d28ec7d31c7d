/** An article as the store keeps it: frontmatter apart from the Markdown body. */
export interface StoredArticle {
  slug: string;
  /** The frontmatter as JSON data (dates as ISO strings). */
  frontmatter: Record<string, unknown>;
  /** Newsroom Markdown without frontmatter. */
  body: string;
  /** When the stored row last changed: a correction or update bumps it. */
  revised: string;
}

export interface Correction {
  date: string;
  text: string;
}

export interface Update {
  time: string;
  note: string;
}

/** What the site reads and the editors' endpoint writes. */
export interface ArticleStore {
  get(slug: string): StoredArticle | undefined;
  /** Newest first. */
  list(options?: { topic?: string | undefined; limit?: number | undefined }): StoredArticle[];
  put(article: Omit<StoredArticle, 'revised'>): void;
  addCorrection(slug: string, correction: Correction): StoredArticle | undefined;
  addUpdate(slug: string, update: Update): StoredArticle | undefined;
}
