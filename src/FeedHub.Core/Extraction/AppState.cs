using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>
/// The article in a JavaScript application's state: the JSON a server-rendered app ships for its script to take over
/// (Next.js's __NEXT_DATA__, Arc's Fusion.globalContent, window.__INITIAL_STATE__ and other JSON scripts). Not one
/// schema: the prose strings of the state (long, with spaces between words, or HTML) are grouped by where they sit
/// (the property path, array positions aside) and the group with the most text is the article: Arc's paragraphs are
/// content_elements[].content, a Next.js article is one HTML string.
/// </summary>
internal static class AppState
{
    private const int MinimumProse = 80;
    private const int MaxStateCharacters = 8 * 1024 * 1024;
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 96 };

    /// <summary>The article as HTML paragraphs, or null when no state holds prose.</summary>
    public static string? Find(PageInventory inventory)
    {
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var script in inventory.Scripts)
        {
            if (JsonOf(script) is { } json)
            {
                Collect(json, groups);
            }
        }

        var best = groups.Values.Select(g => (Strings: g, Length: g.Sum(s => s.Length))).Where(g => g.Length >= 200).OrderByDescending(g => g.Length).FirstOrDefault();
        if (best.Strings is null)
        {
            return null;
        }

        var html = new StringBuilder();
        foreach (var prose in best.Strings.Distinct(StringComparer.Ordinal))
        {
            html.Append(LooksLikeHtml(prose) ? $"<div>{prose}</div>" : $"<p>{WebUtility.HtmlEncode(prose)}</p>");
        }

        return html.ToString();
    }

    /// <summary>The JSON of a state script: a JSON script, or an assignment "window.X = {…};" of a JSON object.</summary>
    private static string? JsonOf(IElement script)
    {
        var type = script.GetAttribute("type")?.Trim().ToLowerInvariant();
        var text = script.TextContent;
        if (text.Length < 200 || text.Length > MaxStateCharacters)
        {
            return null;
        }

        if (type is "application/json" || script.Id == "__NEXT_DATA__")
        {
            return text;
        }

        if (type is not (null or "" or "text/javascript" or "application/javascript" or "module"))
        {
            return null;
        }

        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        return equals > 0 && start == equals + 1 + CountSpaces(text, equals + 1) && end > start && IsStateAssignment(text.AsSpan(0, equals)) ? text[start..(end + 1)] : null;
    }

    private static int CountSpaces(string text, int from)
    {
        var at = from;
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at - from;
    }

    /// <summary>"window.__INITIAL_STATE__", "Fusion.globalContent", "var __APOLLO_STATE__": a name, no statements before it.</summary>
    private static bool IsStateAssignment(ReadOnlySpan<char> left)
    {
        var name = left.Trim();
        foreach (var prefix in (ReadOnlySpan<string>)["var ", "let ", "const "])
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                name = name[prefix.Length..].Trim();
            }
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '.' or '$' or '[' or ']' or '"' or '\''))
            {
                return false;
            }
        }

        return name.Length > 0;
    }

    private static void Collect(string json, Dictionary<string, List<string>> groups)
    {
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            Walk(document.RootElement, "$", groups);
        }
        catch (JsonException)
        {
            // not JSON after all (a script that only looked like an assignment): nothing to collect
        }
    }

    private static void Walk(JsonElement node, string path, Dictionary<string, List<string>> groups)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in node.EnumerateObject())
                {
                    Walk(property.Value, path + "." + property.Name, groups);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                {
                    Walk(item, path + "[]", groups);
                }

                break;
            case JsonValueKind.String when node.GetString() is { Length: >= MinimumProse } text && IsProse(text):
                if (!groups.TryGetValue(path, out var group))
                {
                    groups[path] = group = [];
                }

                group.Add(text);
                break;
        }
    }

    /// <summary>HTML, or words: at least one space per 25 characters (or CJK sentence punctuation), and not a URL or a data blob.</summary>
    private static bool IsProse(string text)
    {
        if (text.StartsWith("http", StringComparison.Ordinal) || text.StartsWith("data:", StringComparison.Ordinal))
        {
            return false;
        }

        if (LooksLikeHtml(text))
        {
            return true;
        }

        var spaces = text.AsSpan().Count(' ');
        return spaces >= text.Length / 25 || text.AsSpan().IndexOfAny('。', '，') >= 0;
    }

    private static bool LooksLikeHtml(string text) =>
        text.Contains("<p", StringComparison.OrdinalIgnoreCase) || text.Contains("<br", StringComparison.OrdinalIgnoreCase);
}
