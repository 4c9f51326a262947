using System.Net;
using System.Text.RegularExpressions;

namespace FeedHub.Core.Text;

/// <summary>The plain text of an HTML fragment, for counting and matching (not for display).</summary>
public static partial class HtmlText
{
    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    public static string Strip(string html) => WebUtility.HtmlDecode(Tag().Replace(html, " "));

    /// <summary>The charset parameter of a Content-Type header value ("text/xml; charset=koi8-r"), or null.</summary>
    public static string? CharsetOf(string? contentType) =>
        contentType is not null && System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.CharSet?.Trim('"') : null;
}
