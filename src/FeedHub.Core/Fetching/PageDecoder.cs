using System.Text;
using System.Text.RegularExpressions;

namespace FeedHub.Core.Fetching;

/// <summary>Decodes an HTML page: a UTF-8 byte-order mark wins, then the Content-Type charset, then the page's meta charset, then UTF-8.</summary>
public static partial class PageDecoder
{
    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    public static string Decode(byte[] body, string? headerCharset)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body is [0xEF, 0xBB, 0xBF, ..])
        {
            return Encoding.UTF8.GetString(body, 3, body.Length - 3);
        }

        var meta = MetaCharset().Match(Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 4096)));
        var charset = headerCharset ?? (meta.Success ? meta.Groups[1].Value : null);
        try
        {
            return (charset is null ? Encoding.UTF8 : Encoding.GetEncoding(charset)).GetString(body);
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8.GetString(body);
        }
    }
}
