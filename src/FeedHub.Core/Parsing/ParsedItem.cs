using FeedHub.Core.Model;

namespace FeedHub.Core.Parsing;

/// <summary>
/// An item as an adapter reads it: every field made except the summary and content, which stay as the parser's
/// recipe (<see cref="DeferredText"/>) until <see cref="Materialize"/>. A poll keys and fingerprints items from this
/// and materializes only those it has not stored; nothing outside Parsing sees a field that is not yet made.
/// </summary>
/// <param name="Fields">The item's other fields; its <see cref="FeedItem.Summary"/> and <see cref="FeedItem.Content"/> are left empty.</param>
/// <param name="Summary">The summary, made or not yet.</param>
/// <param name="Content">The content (HTML), made or not yet.</param>
internal sealed record ParsedItem(FeedItem Fields, DeferredText? Summary, DeferredText? Content)
{
    /// <summary>An item whose summary and content are already made (JSON Feed, CDF, the System.Xml path).</summary>
    public static ParsedItem Ready(FeedItem item) =>
        new(item with { Summary = null, Content = null }, DeferredText.Of(item.Summary), DeferredText.Of(item.Content));

    /// <summary>
    /// The item with its summary and content made (decoded and normalized once; a second call reuses them). An item
    /// that names no image gets the first picture of its content, else of its summary, as readers show it.
    /// </summary>
    public FeedItem Materialize()
    {
        var (summary, content) = (Summary?.Value, Content?.Value);
        return Fields with { Summary = summary, Content = content, Image = Fields.Image ?? Markup.FirstImage.Of(content) ?? Markup.FirstImage.Of(summary) };
    }
}

/// <summary>A feed as an adapter reads it: its own fields, and its items not yet materialized.</summary>
/// <param name="Feed">The feed's fields; its <see cref="ParsedFeed.Items"/> are left empty.</param>
/// <param name="Items">The items in document order.</param>
internal sealed record ParsedDocument(ParsedFeed Feed, IReadOnlyList<ParsedItem> Items)
{
    /// <summary>The feed with every item materialized.</summary>
    public ParsedFeed Materialize() => Feed with { Items = [.. Items.Select(i => i.Materialize())] };
}
