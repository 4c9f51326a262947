namespace FeedHub.Storage;

/// <summary>
/// The schema, as an append-only ordered list: a released migration is never edited, a change is a new entry.
/// Each runs once, in its own transaction, recorded in schema_migrations.
/// </summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<(int Version, string Sql)> All =
    [
        (1, """
            CREATE TABLE source_state (
                source_id TEXT PRIMARY KEY,
                etag TEXT,
                last_modified TEXT,
                last_polled TEXT,
                next_due TEXT,
                last_error TEXT,
                consecutive_failures INTEGER NOT NULL DEFAULT 0,
                title TEXT
            );
            CREATE TABLE entries (
                source_id TEXT NOT NULL,
                item_key TEXT NOT NULL,
                title TEXT,
                link TEXT,
                author TEXT,
                published TEXT,
                updated TEXT,
                summary TEXT,
                content TEXT,
                categories TEXT NOT NULL DEFAULT '[]',
                content_hash TEXT NOT NULL,
                first_seen TEXT NOT NULL,
                last_changed TEXT NOT NULL,
                sort_time TEXT NOT NULL,
                article_html TEXT,
                article_text TEXT,
                word_count INTEGER,
                PRIMARY KEY (source_id, item_key)
            );
            CREATE INDEX entries_by_source_time ON entries (source_id, sort_time DESC);
            CREATE TABLE extracted_pages (
                url TEXT PRIMARY KEY,
                html TEXT,
                text TEXT,
                title TEXT,
                byline TEXT,
                word_count INTEGER NOT NULL DEFAULT 0,
                error TEXT,
                fetched_at TEXT NOT NULL
            );
            """),
        (2, """
            ALTER TABLE entries ADD COLUMN article_status TEXT;
            ALTER TABLE entries ADD COLUMN article_note TEXT;
            ALTER TABLE entries ADD COLUMN article_confidence REAL;
            CREATE INDEX entries_pending_articles ON entries (first_seen) WHERE article_status = 'Pending';
            ALTER TABLE extracted_pages ADD COLUMN link_density REAL NOT NULL DEFAULT 0;
            """),
        (3, """
            ALTER TABLE entries ADD COLUMN canonical_link TEXT;
            ALTER TABLE extracted_pages ADD COLUMN canonical_url TEXT;
            """),
        (4, """
            ALTER TABLE entries ADD COLUMN language TEXT;
            ALTER TABLE extracted_pages ADD COLUMN language TEXT;
            CREATE TABLE digests (
                feed_id TEXT NOT NULL,
                window_end TEXT NOT NULL,
                digest_id TEXT NOT NULL,
                body TEXT NOT NULL,
                PRIMARY KEY (feed_id, window_end)
            );
            """),
        (5, """
            ALTER TABLE entries ADD COLUMN source_fingerprint TEXT;
            """),
        (6, """
            ALTER TABLE extracted_pages ADD COLUMN extraction_path TEXT;
            ALTER TABLE entries ADD COLUMN extraction_path TEXT;
            """),
        (7, """
            ALTER TABLE source_state ADD COLUMN moved_to TEXT;
            ALTER TABLE source_state ADD COLUMN moved_from TEXT;
            ALTER TABLE source_state ADD COLUMN redirect_target TEXT;
            ALTER TABLE source_state ADD COLUMN redirect_streak INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE source_state ADD COLUMN gone_since TEXT;
            ALTER TABLE source_state ADD COLUMN gone_at TEXT;
            ALTER TABLE source_state ADD COLUMN schedule TEXT;
            """),
        (8, """
            ALTER TABLE entries ADD COLUMN article_attempts INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE entries ADD COLUMN article_retry_at TEXT;
            ALTER TABLE entries ADD COLUMN article_decided_by TEXT;
            CREATE INDEX entries_article_retries ON entries (article_retry_at) WHERE article_status = 'Failed' AND article_retry_at IS NOT NULL;
            ALTER TABLE extracted_pages ADD COLUMN refused INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE extracted_pages ADD COLUMN decided_by TEXT;
            """),
        (9, """
            ALTER TABLE source_state ADD COLUMN site_link TEXT;
            ALTER TABLE entries ADD COLUMN image TEXT;
            ALTER TABLE extracted_pages ADD COLUMN image TEXT;
            """),
        (10, """
            CREATE TABLE feed_archives (
                feed_id TEXT NOT NULL,
                period TEXT NOT NULL,
                format TEXT NOT NULL,
                body BLOB NOT NULL,
                PRIMARY KEY (feed_id, period, format)
            );
            CREATE INDEX entries_by_first_seen ON entries (first_seen);
            """),
        (11, """
            ALTER TABLE source_state ADD COLUMN failing_since TEXT;
            """),
    ];
}
