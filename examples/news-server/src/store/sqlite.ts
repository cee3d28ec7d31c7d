/**
 * The article store on Node: one SQLite file through Node's built-in
 * `node:sqlite` (no native addon to download). `NEWSROOM_DB` names the file.
 */
import { DatabaseSync } from 'node:sqlite';
import type { ArticleStore, Correction, StoredArticle, Update } from './types.js';

interface Row {
  slug: string;
  frontmatter: string;
  body: string;
  revised: string;
}

const schema = `
CREATE TABLE IF NOT EXISTS articles (
  slug TEXT PRIMARY KEY,
  frontmatter TEXT NOT NULL,
  body TEXT NOT NULL,
  topic TEXT,
  published TEXT NOT NULL,
  revised TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_by_topic ON articles (topic, published DESC);
CREATE INDEX IF NOT EXISTS articles_by_date ON articles (published DESC);
`;

function toArticle(row: Row): StoredArticle {
  return { slug: row.slug, frontmatter: JSON.parse(row.frontmatter), body: row.body, revised: row.revised };
}

function topicOf(frontmatter: Record<string, unknown>): string | null {
  const href = (frontmatter.topic as { href?: unknown } | undefined)?.href;
  return typeof href === 'string' ? href : null;
}

export interface SqliteStore extends ArticleStore {
  /** Runs `write` in one transaction: bulk imports write thousands of articles a second instead of one per fsync. */
  batch(write: () => void): void;
  close(): void;
}

export function openSqliteStore(file: string): SqliteStore {
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL;');
  db.exec(schema);
  const get = db.prepare('SELECT slug, frontmatter, body, revised FROM articles WHERE slug = ?');
  const latest = db.prepare('SELECT slug, frontmatter, body, revised FROM articles ORDER BY published DESC LIMIT ?');
  const byTopic = db.prepare(
    'SELECT slug, frontmatter, body, revised FROM articles WHERE topic = ? ORDER BY published DESC LIMIT ?',
  );
  const upsert = db.prepare(
    `INSERT INTO articles (slug, frontmatter, body, topic, published, revised) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (slug) DO UPDATE SET frontmatter = excluded.frontmatter, body = excluded.body,
       topic = excluded.topic, published = excluded.published, revised = excluded.revised`,
  );
  const revise = db.prepare('UPDATE articles SET frontmatter = ?, revised = ? WHERE slug = ?');

  const read = (slug: string) => {
    const row = get.get(slug) as Row | undefined;
    return row ? toArticle(row) : undefined;
  };
  const append = (slug: string, key: 'corrections' | 'updated', item: Correction | Update) => {
    const article = read(slug);
    if (!article) return undefined;
    const list = Array.isArray(article.frontmatter[key]) ? (article.frontmatter[key] as unknown[]) : [];
    const frontmatter = { ...article.frontmatter, [key]: [...list, item] };
    revise.run(JSON.stringify(frontmatter), new Date().toISOString(), slug);
    return read(slug);
  };

  return {
    get: read,
    list({ topic, limit = 50 } = {}) {
      const rows = (topic ? byTopic.all(topic, limit) : latest.all(limit)) as unknown as Row[];
      return rows.map(toArticle);
    },
    put(article) {
      const published = String(article.frontmatter.published ?? '');
      upsert.run(
        article.slug,
        JSON.stringify(article.frontmatter),
        article.body,
        topicOf(article.frontmatter),
        published,
        new Date().toISOString(),
      );
    },
    addCorrection: (slug, correction) => append(slug, 'corrections', correction),
    addUpdate: (slug, update) => append(slug, 'updated', update),
    batch(write) {
      db.exec('BEGIN');
      try {
        write();
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    close: () => db.close(),
  };
}

let store: ReturnType<typeof openSqliteStore> | undefined;

/** The site's store, opened on first use. */
export function articleStore(): ArticleStore {
  store ??= openSqliteStore(process.env.NEWSROOM_DB ?? 'data/articles.db');
  return store;
}
