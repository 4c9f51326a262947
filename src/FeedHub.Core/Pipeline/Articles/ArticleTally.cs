namespace FeedHub.Core.Pipeline.Articles;

/// <summary>What became of the articles one drain settled, for `feedhub fetch --once` and the logs.</summary>
public sealed record ArticleTally
{
    /// <summary>Pages fetched and extracted now, with the full text kept.</summary>
    public int Extracted { get; init; }

    /// <summary>Pages fetched and extracted now, but the quality guard kept the feed's own content.</summary>
    public int KeptFeedContent { get; init; }

    /// <summary>Links FeedHub's own rules refused (a private address, a file, a scheme); tried again when the rules change.</summary>
    public int Refused { get; init; }

    /// <summary>Pages that could not be fetched or extracted; tried again with back-off.</summary>
    public int Failed { get; init; }

    /// <summary>Pages not fetched again: an earlier result for the same URL under the same rules was reused.</summary>
    public int Reused { get; init; }

    /// <summary>Entries without a usable link or whose source is gone from the configuration.</summary>
    public int Skipped { get; init; }

    public int Total => Extracted + KeptFeedContent + Refused + Failed + Reused + Skipped;

    public static ArticleTally operator +(ArticleTally a, ArticleTally b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new()
        {
            Extracted = a.Extracted + b.Extracted,
            KeptFeedContent = a.KeptFeedContent + b.KeptFeedContent,
            Refused = a.Refused + b.Refused,
            Failed = a.Failed + b.Failed,
            Reused = a.Reused + b.Reused,
            Skipped = a.Skipped + b.Skipped,
        };
    }

    public static ArticleTally Add(ArticleTally a, ArticleTally b) => a + b;

    public override string ToString() =>
        $"{Total} settled: {Extracted + KeptFeedContent} fetched ({Extracted} full text, {KeptFeedContent} kept the feed's content), {Refused} refused, {Failed} failed, {Reused} reused from cache" + (Skipped > 0 ? $", {Skipped} without a link" : string.Empty);
}
