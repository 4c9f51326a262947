namespace FeedHub.Core.Model;

/// <summary>A media file attached to an item (RSS enclosure, Atom link rel="enclosure", JSON Feed attachment).</summary>
public sealed record Enclosure(string Url, string? Type, long? Length);
