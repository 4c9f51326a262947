using System.Text.Json;
using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>The fields of a schema.org Article (NewsArticle, BlogPosting, ...) found in a page's JSON-LD, if any.</summary>
internal sealed record JsonLdArticle(string? Headline, string? Name, string? Author, string? DatePublished, string? Image, string? Language, string? Description, string? Body, string? Publisher)
{
    private static readonly string[] ArticleTypes = ["Article", "NewsArticle", "BlogPosting", "Report", "ScholarlyArticle", "TechArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "LiveBlogPosting", "WebPage", "Review", "Recipe", "HowTo", "DiscussionForumPosting", "SocialMediaPosting"];

    /// <summary>The first article described by one of the page's JSON-LD scripts (see <see cref="PageInventory"/>).</summary>
    public static JsonLdArticle? Find(IEnumerable<IElement> jsonLdScripts)
    {
        foreach (var script in jsonLdScripts)
        {
            var found = TryParse(WithoutCData(script.TextContent));
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Some CMSs (MediaWiki among them) wrap the JSON in a CDATA section, which JSON does not allow.</summary>
    private static string WithoutCData(string text)
    {
        var json = text.AsSpan().Trim();
        if (json.StartsWith("<![CDATA[", StringComparison.Ordinal))
        {
            json = json[9..];
        }

        if (json.EndsWith("]]>", StringComparison.Ordinal))
        {
            json = json[..^3];
        }

        return json.Length == text.Length ? text : json.ToString();
    }

    private static JsonLdArticle? TryParse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
            var node = Candidates(doc.RootElement).FirstOrDefault(IsArticle);
            return node.ValueKind == JsonValueKind.Object ? From(node) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IEnumerable<JsonElement> Candidates(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root.EnumerateArray().SelectMany(Candidates);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return root.TryGetProperty("@graph", out var graph) ? [root, .. Candidates(graph)] : [root];
    }

    private static bool IsArticle(JsonElement node)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()) : [type.GetString()];
        return types.Any(t => ArticleTypes.Contains(t, StringComparer.OrdinalIgnoreCase))
            && (node.TryGetProperty("headline", out _) || node.TryGetProperty("articleBody", out _) || node.TryGetProperty("author", out _));
    }

    private static JsonLdArticle From(JsonElement node) => new(
        Str(node, "headline"),
        Str(node, "name"),
        People(node),
        Str(node, "datePublished") ?? Str(node, "dateCreated"),
        NameOf(node, "image", "url"),
        Str(node, "inLanguage"),
        Str(node, "description"),
        Str(node, "articleBody"),
        NameOf(node, "publisher"));

    private static string? Str(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()?.Trim() : null;

    /// <summary>
    /// The authors joined with ", ": the people, or when none is a person the organizations (a wire service, "BBC
    /// News"), as Readability.js names them.
    /// </summary>
    private static string? People(JsonElement node)
    {
        if (!node.TryGetProperty("author", out var value))
        {
            return null;
        }

        var authors = (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : (IEnumerable<JsonElement>)[value]).ToList();
        var people = Names(authors.Where(a => a.ValueKind == JsonValueKind.String || (a.ValueKind == JsonValueKind.Object && !IsOrganization(a))));
        return people ?? Names(authors.Where(a => a.ValueKind == JsonValueKind.Object));
    }

    private static bool IsOrganization(JsonElement author) => Str(author, "@type") is "Organization" or "NewsMediaOrganization";

    private static string? Names(IEnumerable<JsonElement> authors)
    {
        var names = authors.Select(a => a.ValueKind == JsonValueKind.String ? a.GetString()?.Trim() : Str(a, "name"))
            .Where(n => !string.IsNullOrEmpty(n))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    /// <summary>A value that may be a string, an object with a name (or url), or an array of either; the first one wins.</summary>
    private static string? NameOf(JsonElement node, string name, string inner = "name")
    {
        if (!node.TryGetProperty(name, out var value))
        {
            return null;
        }

        var first = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().FirstOrDefault() : value;
        return first.ValueKind switch
        {
            JsonValueKind.String => first.GetString()?.Trim(),
            JsonValueKind.Object => Str(first, inner) ?? Str(first, "name"),
            _ => null,
        };
    }
}
