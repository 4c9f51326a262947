namespace FeedHub.Core.Publishing;

/// <summary>
/// RFC 5005 section 4: a subscription document names its newest archive page (prev-archive); an archive page is
/// marked fh:archive and names the subscription document (current) and its older and newer neighbours.
/// </summary>
public sealed record FeedArchiveLinks(bool IsArchive, Uri? Current, Uri? PrevArchive, Uri? NextArchive)
{
    public const string HistoryNs = "http://purl.org/syndication/history/1.0";

    /// <summary>The links present, each with its relation, in the order the formats write them.</summary>
    public IEnumerable<(string Rel, Uri Href)> Links()
    {
        foreach (var (rel, href) in new[] { ("current", Current), ("prev-archive", PrevArchive), ("next-archive", NextArchive) })
        {
            if (href is not null)
            {
                yield return (rel, href);
            }
        }
    }
}
