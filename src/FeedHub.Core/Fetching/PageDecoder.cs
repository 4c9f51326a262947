using System.Text;
using System.Text.RegularExpressions;
using FeedHub.Core.Text;

namespace FeedHub.Core.Fetching;

/// <summary>
/// Decodes an HTML page: a UTF-8 byte-order mark wins, then the Content-Type charset, then the page's meta charset,
/// then UTF-8. A meta charset other than UTF-8 loses to bytes that are valid UTF-8 with non-ASCII text in them: a page
/// converted to UTF-8 keeps its old declaration far more often than legacy bytes happen to form valid UTF-8 (the
/// same check browsers' detectors and trafilatura make).
/// </summary>
public static partial class PageDecoder
{
    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    /// <summary>Browsers read the labels iso-8859-1, latin1 and us-ascii as windows-1252 (WHATWG Encoding), and so do we.</summary>
    private static Encoding WebEncoding(string charset) =>
        charset.Trim().ToLowerInvariant() is "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso_8859-1"
            ? CodePages.Get(1252)
            : EncodingNames.Resolve(charset) ?? Encoding.UTF8;

    private static bool IsUtf8Text(byte[] body) => !System.Text.Ascii.IsValid(body) && System.Text.Unicode.Utf8.IsValid(body);

    public static string Decode(byte[] body, string? headerCharset)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body is [0xEF, 0xBB, 0xBF, ..])
        {
            return Encoding.UTF8.GetString(body, 3, body.Length - 3);
        }

        var meta = MetaCharset().Match(Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 4096)));
        var charset = headerCharset ?? (meta.Success && !IsUtf8Text(body) ? meta.Groups[1].Value : null);
        return (charset is null ? Encoding.UTF8 : WebEncoding(charset)).GetString(body);
    }
}
