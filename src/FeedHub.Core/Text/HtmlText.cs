using System.Net;
using System.Text.RegularExpressions;

namespace FeedHub.Core.Text;

/// <summary>The plain text of an HTML fragment, for counting and matching (not for display).</summary>
public static partial class HtmlText
{
    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    public static string Strip(string html) => WebUtility.HtmlDecode(Tag().Replace(html, " "));

    /// <summary>An entry's plain text: its extracted article, else its feed content or summary without tags.</summary>
    public static string Of(Model.Entry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.ArticleText ?? Strip(entry.Content ?? entry.Summary ?? string.Empty);
    }
}
