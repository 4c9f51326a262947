namespace FeedHub.Core.Publishing.Opml;

/// <summary>
/// One outline of an OPML 2.0 document: a subscription (type "rss" with its xmlUrl) or a folder of them. Text is what
/// a reader shows; the spec requires it on every outline.
/// </summary>
public sealed record OpmlOutline(string Text)
{
    public Uri? XmlUrl { get; init; }
    public Uri? HtmlUrl { get; init; }
    public string? Description { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<OpmlOutline> Children { get; init; } = [];
}
