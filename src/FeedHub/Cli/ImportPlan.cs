using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FeedHub.Core.Model;
using FeedHub.Core.Subscribing;

namespace FeedHub.Cli;

/// <summary>
/// What importing an OPML list does to the configured sources: the sources to add, in the list's order, each with the
/// tags of every folder it is listed in; and what is skipped and why.
/// </summary>
internal sealed class ImportPlan
{
    private ImportPlan(List<(JsonObject Source, Uri Url)> added, List<string> skipped, int merged) => (Added, Skipped, Merged) = (added, skipped, merged);

    public IReadOnlyList<(JsonObject Source, Uri Url)> Added { get; }
    public IReadOnlyList<string> Skipped { get; }

    /// <summary>How many listings were a feed already added from an earlier folder (their folder became a tag).</summary>
    public int Merged { get; }

    public static ImportPlan Of(IReadOnlyList<OpmlSubscription> listed, IReadOnlyList<SourceDefinition> configured)
    {
        ArgumentNullException.ThrowIfNull(listed);
        ArgumentNullException.ThrowIfNull(configured);
        var existing = configured.ToDictionary(s => s.Location.AbsoluteUri, s => s.Id, StringComparer.Ordinal);
        var taken = configured.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var added = new List<(JsonObject Source, Uri Url)>();
        var skipped = new List<string>();
        var merged = 0;
        foreach (var entry in listed)
        {
            if (!Uri.TryCreate(entry.XmlUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                skipped.Add($"\"{entry.Title ?? entry.XmlUrl}\": '{entry.XmlUrl}' is not an http(s) address");
            }
            else if (existing.TryGetValue(url.AbsoluteUri, out var id))
            {
                skipped.Add($"{url}: already configured as '{id}'");
            }
            else if (added.FirstOrDefault(a => a.Url == url).Source is { } earlier)
            {
                var tags = (JsonArray?)earlier["Tags"] ?? [];
                var known = tags.Select(t => t!.GetValue<string>()).ToHashSet(StringComparer.OrdinalIgnoreCase);
                foreach (var tag in entry.Tags.Where(known.Add))
                {
                    tags.Add(tag);
                }

                earlier["Tags"] ??= tags.Count > 0 ? tags : null;
                merged++;
            }
            else
            {
                added.Add((Source(entry, url, taken), url));
            }
        }

        return new ImportPlan(added, skipped, merged);
    }

    private static JsonObject Source(OpmlSubscription entry, Uri url, HashSet<string> taken)
    {
        var title = entry.Title ?? url.Host;
        var source = new JsonObject { ["Id"] = SourceIds.For(title, url, taken), ["Title"] = title, ["Url"] = url.AbsoluteUri };
        if (Uri.TryCreate(entry.HtmlUrl, UriKind.Absolute, out var site) && site.Scheme is "http" or "https")
        {
            source["SiteUrl"] = site.AbsoluteUri;
        }

        if (entry.Tags.Count > 0)
        {
            source["Tags"] = new JsonArray([.. entry.Tags.Select(t => JsonValue.Create(t))]);
        }

        return source;
    }

    public string Report(string path, bool dryRun)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{(dryRun ? "would add" : "added")} {Added.Count} {(Added.Count == 1 ? "source" : "sources")} to {path}{(Added.Count > 0 ? ":" : "")}");
        foreach (var (source, url) in Added)
        {
            var tags = source["Tags"] is JsonArray list ? $"  [{string.Join(", ", list.Select(t => t!.GetValue<string>()))}]" : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"  + {source["Id"]}  {url}{tags}");
        }

        if (Merged > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{Merged} listed again in another folder: added once, with that folder as a tag too");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"skipped {Skipped.Count}{(Skipped.Count > 0 ? ":" : "")}");
        foreach (var reason in Skipped)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - {reason}");
        }

        return text.ToString();
    }
}
