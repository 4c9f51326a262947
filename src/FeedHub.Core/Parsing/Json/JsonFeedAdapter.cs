using System.Text.Json;
using FeedHub.Core.Model;
using FeedHub.Core.Parsing.Markup;
using FeedHub.Core.Text;

namespace FeedHub.Core.Parsing.Json;

/// <summary>
/// Maps JSON Feed 1.0 and 1.1 documents to the normalized model (1.0's single "author" is read as "authors").
/// A document whose "version" is not a jsonfeed.org version URL ("1.0", "1.1", "jsonfeed", none at all) but that has
/// an "items" array is read as JSON Feed too, as readers do, and marked as recovered.
/// content_html is put in the same canonical form as the HTML of RSS and Atom items, and relative URLs resolve
/// against the document's http(s) location, else the feed's own feed_url (a feed read from a file names its home).
/// </summary>
internal static class JsonFeedAdapter
{
    public static ParsedDocument Adapt(JsonElement root, Uri? documentUri)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FeedParseException("a JSON document that is not an object is not a feed");
        }

        var version = Str(root, "version") ?? string.Empty;
        var (format, recovery) = FormatOf(version, root);
        documentUri = BaseOf(root, documentUri);
        var feed = new ParsedFeed
        {
            Format = format,
            Recovery = recovery,
            Title = Str(root, "title"),
            Link = Url(root, "home_page_url", documentUri),
            Description = Str(root, "description"),
            Language = Str(root, "language"),
            Image = Url(root, "icon", documentUri) ?? Url(root, "favicon", documentUri),
            Authors = People(root),
        };
        return new ParsedDocument(
            feed,
            root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array
                ? [.. items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Select(i => ParsedItem.Ready(AdaptItem(i, documentUri)))]
                : []);
    }

    /// <summary>
    /// The JSON Feed version: the URL's last segment ("/1" is 1.0); else, for a document with items, the number its
    /// version gives (1.0 for "1" or "1.0"), or 1.1 when it names none or another, with the reason it was recovered.
    /// </summary>
    private static (FeedFormat Format, string? Recovery) FormatOf(string version, JsonElement root)
    {
        if (version.StartsWith("https://jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase)
            || version.StartsWith("http://jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase))
        {
            return (version.TrimEnd('/').EndsWith("/1", StringComparison.Ordinal) || version.EndsWith("/1.0", StringComparison.Ordinal) ? FeedFormat.Json10 : FeedFormat.Json11, null);
        }

        if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            throw new FeedParseException(version.Length == 0
                ? "a JSON document without a JSON Feed \"version\" or \"items\" is not a feed"
                : $"a JSON document with \"version\": \"{version}\" and no \"items\" is not a feed");
        }

        var number = version.Trim().TrimStart('v', 'V');
        var format = number is "1" or "1.0" ? FeedFormat.Json10 : FeedFormat.Json11;
        return (format, version.Length == 0
            ? "no \"version\": read as JSON Feed because it has \"items\""
            : $"\"version\": \"{version}\" is not a jsonfeed.org version URL: read as JSON Feed because it has \"items\"");
    }

    private static FeedItem AdaptItem(JsonElement item, Uri? documentUri)
    {
        var link = Url(item, "url", documentUri) ?? Url(item, "external_url", documentUri);
        return new FeedItem
        {
            Id = Str(item, "id") ?? link,
            Title = Str(item, "title"),
            Link = link,
            Published = DateParser.Parse(Str(item, "date_published")),
            Updated = DateParser.Parse(Str(item, "date_modified")),
            Summary = Str(item, "summary"),
            Content = MarkupText.Html(Str(item, "content_html"), normalize: true, new UrlBase(null, documentUri)) ?? Str(item, "content_text"),
            Authors = People(item),
            Categories = Strings(item, "tags"),
            Language = LanguageTag.Normalize(Str(item, "language")),
            Image = Url(item, "image", documentUri) ?? Url(item, "banner_image", documentUri),
            Enclosures = item.TryGetProperty("attachments", out var a) && a.ValueKind == JsonValueKind.Array
                ? [.. a.EnumerateArray().Select(e => EnclosureOf(e, documentUri)).OfType<Enclosure>()]
                : [],
            Duration = item.TryGetProperty("attachments", out var files) && files.ValueKind == JsonValueKind.Array
                ? files.EnumerateArray().Select(DurationOf).FirstOrDefault(d => d is not null)
                : null,
        };
    }

    private static Uri? BaseOf(JsonElement root, Uri? documentUri) =>
        documentUri is { Scheme: "http" or "https" } ? documentUri
        : Uri.TryCreate(Str(root, "feed_url"), UriKind.Absolute, out var feedUrl) && feedUrl.Scheme is "http" or "https" ? feedUrl
        : documentUri;

    private static IReadOnlyList<Person> People(JsonElement parent)
    {
        var list = parent.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array
            ? authors.EnumerateArray().ToList()
            : parent.TryGetProperty("author", out var author) ? [author] : [];
        return [.. list.Where(p => p.ValueKind == JsonValueKind.Object)
            .Select(p => new Person(Str(p, "name"), null, Str(p, "url")))
            .Where(p => !p.IsEmpty)];
    }

    private static TimeSpan? DurationOf(JsonElement attachment) =>
        attachment.ValueKind == JsonValueKind.Object && attachment.TryGetProperty("duration_in_seconds", out var value) && value.TryGetDouble(out var seconds)
            ? Durations.FromSeconds(seconds)
            : null;

    private static Enclosure? EnclosureOf(JsonElement attachment, Uri? documentUri)
    {
        var url = attachment.ValueKind == JsonValueKind.Object ? Url(attachment, "url", documentUri) : null;
        if (url is null)
        {
            return null;
        }

        long? length = attachment.TryGetProperty("size_in_bytes", out var size) && size.TryGetInt64(out var n) ? n : null;
        return new Enclosure(url, Str(attachment, "mime_type"), length);
    }

    private static string? Str(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => XmlReading.Clean(value.GetString()),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static string? Url(JsonElement parent, string name, Uri? documentUri)
    {
        var value = Str(parent, name);
        if (value is null || documentUri is null)
        {
            return value;
        }

        return Uri.TryCreate(documentUri, value, out var resolved) ? resolved.AbsoluteUri : value;
    }

    private static IReadOnlyList<string> Strings(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => XmlReading.Clean(t.GetString())).OfType<string>()]
            : [];
}
