namespace FeedHub.Core.Publishing;

/// <summary>
/// RFC 5005 section 4: a subscription document names its newest archive page (prev-archive); an archive page is
/// marked fh:archive and names the subscription document (current) and its older and newer neighbours.
/// </summary>
public sealed record FeedArchiveLinks(bool IsArchive, Uri? Current, Uri? PrevArchive, Uri? NextArchive)
{
    public const string HistoryNs = "http://purl.org/syndication/history/1.0";
}
