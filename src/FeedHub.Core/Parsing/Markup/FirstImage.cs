using System.Net;

namespace FeedHub.Core.Parsing.Markup;

/// <summary>
/// The first picture of an item's HTML, the image readers show for an item that names none: the src of the first
/// img that is not a data: URI or a 1-pixel tracker. The HTML is the canonical form, so its URLs are resolved.
/// </summary>
internal static class FirstImage
{
    public static string? Of(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return null;
        }

        var span = html.AsSpan();
        for (var at = span.IndexOf("<img", StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            if (HtmlTagScanner.TryRead(span, at, out var tag) && tag.Name(span).Equals("img", StringComparison.OrdinalIgnoreCase)
                && Source(span, tag) is { } src)
            {
                return src;
            }

            var next = span[(at + 4)..].IndexOf("<img", StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 4 + next;
        }

        return null;
    }

    private static string? Source(ReadOnlySpan<char> html, HtmlTagScanner.Tag tag)
    {
        string? src = null;
        foreach (var attribute in tag.Attributes)
        {
            if (!attribute.HasValue)
            {
                continue;
            }

            var name = attribute.Name(html);
            var value = attribute.Value(html).Trim();
            if ((name.Equals("width", StringComparison.OrdinalIgnoreCase) || name.Equals("height", StringComparison.OrdinalIgnoreCase)) && value is "0" or "1")
            {
                return null; // a tracking pixel
            }

            if (name.Equals("src", StringComparison.OrdinalIgnoreCase) && !value.IsEmpty && !value.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                src = WebUtility.HtmlDecode(value.ToString());
            }
        }

        return src;
    }
}
