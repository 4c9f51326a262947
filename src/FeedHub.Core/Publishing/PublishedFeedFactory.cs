using System.Net;
using System.Security.Cryptography;
using System.Text;
using FeedHub.Core.Curation;
using FeedHub.Core.Extraction;
using FeedHub.Core.Model;
using FeedHub.Core.Text;

namespace FeedHub.Core.Publishing;

/// <summary>Turns a curated feed's entries into a <see cref="PublishedFeed"/> for one served URL.</summary>
public static class PublishedFeedFactory
{
    private const int SummaryLength = 280;

    /// <summary>The feed at <paramref name="selfUrl"/>; <paramref name="readerLink"/> gives what readers get for an entry's link (a local file's address on FeedHub, say; null leaves it out), by default the link itself.</summary>
    public static PublishedFeed Create(CuratedFeedDefinition feed, IReadOnlyList<StoryEntry> stories, IReadOnlyDictionary<string, SourceDefinition> sources, Uri homeUrl, Uri selfUrl, DateTimeOffset now, Func<string, string?>? readerLink = null)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(sources);
        var items = stories.Select(s => ItemOf(s, sources, readerLink ?? (link => link))).ToList();
        var entries = stories.SelectMany(s => s.Reports).ToList();
        return new PublishedFeed
        {
            Id = feed.Id,
            Title = feed.Title,
            Description = feed.Description,
            HomeUrl = homeUrl,
            SelfUrl = selfUrl,
            Updated = entries.Count == 0 ? now : entries.Max(e => e.LastChanged),
            Language = CommonLanguage(items),
            Items = items,
        };
    }

    private static PublishedItem ItemOf(StoryEntry story, IReadOnlyDictionary<string, SourceDefinition> sources, Func<string, string?> readerLink)
    {
        var entry = story.Lead;
        var source = sources.GetValueOrDefault(entry.SourceId);
        var others = story.Reports.Skip(1)
            .Select(r => (Report: r, Link: (r.CanonicalLink ?? r.Link) is { } link ? readerLink(LinkNormalizer.Normalize(link)) : null))
            .Where(r => r.Link is not null)
            .Select(r => new RelatedReport(Title(sources.GetValueOrDefault(r.Report.SourceId), r.Report.SourceId), r.Link!, r.Report.FirstSeen)).ToList();
        var html = (entry.ArticleHtml ?? entry.Content ?? entry.Summary ?? string.Empty) + OtherReportsHtml(others);
        var text = entry.ArticleText ?? ((entry.Summary ?? entry.Content) is { } fragment ? HtmlText.Strip(fragment) : null);
        return new PublishedItem
        {
            Id = StableId(entry.SourceId, entry.ItemKey),
            Title = entry.Title ?? Shorten(text, 80) ?? "(untitled)",
            Link = (entry.CanonicalLink ?? entry.Link) is { } link ? readerLink(LinkNormalizer.Normalize(link)) : null,
            Published = entry.SortTime,
            Updated = entry.Updated is { } updated && updated > entry.SortTime ? updated : entry.SortTime,
            Author = entry.Author,
            ContentHtml = html,
            Summary = Shorten(text, SummaryLength),
            Categories = entry.Categories,
            SourceTitle = source?.Title ?? source?.Id,
            SourceUrl = source is { IsLocalFile: false } ? source.Location.AbsoluteUri : null,
            OtherReports = others,
            Language = LanguageTag.IsWellFormed(entry.Language) ? entry.Language : null,
        };
    }

    /// <summary>
    /// The feed's language when its items agree: the commonest tag among the items that declare one, provided they
    /// are at least half of the items and all share its primary language ("en" and "en-GB" agree, "en" and "de" do
    /// not). A mixed feed declares none and leaves the language to each item.
    /// </summary>
    private static string? CommonLanguage(List<PublishedItem> items)
    {
        var tagged = items.Select(i => i.Language).OfType<string>().ToList();
        if (tagged.Count == 0 || tagged.Count * 2 < items.Count)
        {
            return null;
        }

        var common = tagged.GroupBy(t => t, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
        return tagged.TrueForAll(t => LanguageTag.Primary(t) == LanguageTag.Primary(common)) ? common : null;
    }

    private static string Title(SourceDefinition? source, string id) => source?.Title ?? id;

    /// <summary>The other reports as a short list under the article, so every reader shows them.</summary>
    private static string OtherReportsHtml(List<RelatedReport> others) => others.Count == 0 ? string.Empty
        : "<p>Also reported by: " + string.Join(", ", others.Select(o =>
            $"<a href=\"{WebUtility.HtmlEncode(o.Link)}\">{WebUtility.HtmlEncode(o.SourceTitle)}</a> ({Rfc3339.Format(o.FirstSeen)[..10]})")) + "</p>";

    /// <summary>A name-based UUID (RFC 9562 version 8, over SHA-256) of source and item: stable across runs and formats.</summary>
    public static string StableId(string sourceId, string itemKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sourceId + "\n" + itemKey));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return "urn:uuid:" + new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }

    private static string? Shorten(string? text, int length)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var flat = TextMeasures.Normalize(text);
        if (flat.Length <= length)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', length);
        return flat[..(cut > length / 2 ? cut : length)] + "…";
    }
}
