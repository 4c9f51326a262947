namespace FeedHub.Storage.Postgres.Migrations;

/// <summary>
/// Migration 1: FeedHub's own tables, the same columns as the SQLite store's schema after its eleven migrations, in
/// PostgreSQL's types: times are timestamptz (compared and ordered as instants, where SQLite orders fixed-width UTC
/// text), categories a text[], a source's schedule and a stored digest jsonb, archives bytea. Key columns are
/// COLLATE "C" so that ties and lists sort byte-wise as SQLite's BINARY collation does, whatever the database's
/// default collation is.
/// </summary>
internal static class FeedSchema
{
    public const string Sql = """
        CREATE TABLE source_state (
            source_id text COLLATE "C" PRIMARY KEY,
            etag text,
            last_modified text,
            last_polled timestamptz,
            next_due timestamptz,
            last_error text,
            consecutive_failures integer NOT NULL DEFAULT 0,
            title text,
            moved_to text,
            moved_from text,
            redirect_target text,
            redirect_streak integer NOT NULL DEFAULT 0,
            gone_since timestamptz,
            gone_at text,
            schedule jsonb,
            site_link text,
            failing_since timestamptz
        );
        CREATE TABLE entries (
            source_id text COLLATE "C" NOT NULL,
            item_key text COLLATE "C" NOT NULL,
            title text,
            link text,
            author text,
            published timestamptz,
            updated timestamptz,
            summary text,
            content text,
            categories text[] NOT NULL DEFAULT '{}',
            content_hash text NOT NULL,
            first_seen timestamptz NOT NULL,
            last_changed timestamptz NOT NULL,
            sort_time timestamptz NOT NULL,
            article_html text,
            article_text text,
            word_count integer,
            article_status text,
            article_note text,
            article_confidence double precision,
            canonical_link text,
            language text,
            source_fingerprint text,
            extraction_path text,
            article_attempts integer NOT NULL DEFAULT 0,
            article_retry_at timestamptz,
            article_decided_by text,
            image text,
            PRIMARY KEY (source_id, item_key)
        );
        CREATE INDEX entries_by_source_time ON entries (source_id, sort_time DESC);
        CREATE INDEX entries_pending_articles ON entries (first_seen) WHERE article_status = 'Pending';
        CREATE INDEX entries_article_retries ON entries (article_retry_at) WHERE article_status = 'Failed' AND article_retry_at IS NOT NULL;
        CREATE INDEX entries_by_first_seen ON entries (first_seen);
        CREATE TABLE extracted_pages (
            url text COLLATE "C" PRIMARY KEY,
            html text,
            text text,
            title text,
            byline text,
            word_count integer NOT NULL DEFAULT 0,
            error text,
            fetched_at timestamptz NOT NULL,
            link_density double precision NOT NULL DEFAULT 0,
            canonical_url text,
            language text,
            extraction_path text,
            refused boolean NOT NULL DEFAULT false,
            decided_by text,
            image text
        );
        CREATE TABLE digests (
            feed_id text COLLATE "C" NOT NULL,
            window_end timestamptz NOT NULL,
            digest_id text NOT NULL,
            body jsonb NOT NULL,
            PRIMARY KEY (feed_id, window_end)
        );
        CREATE TABLE feed_archives (
            feed_id text COLLATE "C" NOT NULL,
            period text COLLATE "C" NOT NULL,
            format text COLLATE "C" NOT NULL,
            body bytea NOT NULL,
            PRIMARY KEY (feed_id, period, format)
        );
        """;
}
