namespace FeedHub.Core.Model;

/// <summary>Where an entry's full text stands.</summary>
public enum ArticleStatus
{
    /// <summary>The source is not full-text, or the entry has no link.</summary>
    None,

    /// <summary>Waiting for the article worker.</summary>
    Pending,

    /// <summary>Extracted and accepted by the quality guard.</summary>
    Extracted,

    /// <summary>Extracted but rejected by the quality guard: the feed's content is used (see the note).</summary>
    KeptFeedContent,

    /// <summary>The page could not be fetched (see the note).</summary>
    Failed,
}
