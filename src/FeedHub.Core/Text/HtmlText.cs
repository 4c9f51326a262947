using System.Net;
using System.Text.RegularExpressions;

namespace FeedHub.Core.Text;

/// <summary>HTML fragments as text, and the charset of a media type.</summary>
public static partial class HtmlText
{
    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    /// <summary>
    /// The plain text of a stored HTML fragment (feed summary or content, already sanitized, so no script or style
    /// text is left to leak): every tag a space, entities decoded, white space folded. The one routine for counting
    /// words, clustering stories and a feed's plain summary; an extracted article has its own block-aware text
    /// (Extraction.TextRenderer), which callers prefer when there is one.
    /// </summary>
    public static string Strip(string html) => TextMeasures.Normalize(WebUtility.HtmlDecode(Tag().Replace(html, " ")));

    /// <summary>The charset parameter of a Content-Type header value ("text/xml; charset=koi8-r"), or null.</summary>
    public static string? CharsetOf(string? contentType) =>
        contentType is not null && System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.CharSet?.Trim('"') : null;
}
