using System.Text;
using System.Text.RegularExpressions;

namespace FeedHub.Core.Fetching;

/// <summary>
/// Downloads an article page as text. Its HttpClient connects only to public addresses unless the operator
/// allowed private networks; file links are read only when the caller says the source itself is a local file.
/// The charset comes from the Content-Type header, then the page's meta tag, then UTF-8.
/// </summary>
public sealed partial class ArticleFetcher(HttpClient client, FetchOptions options)
{
    private const string Accept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    static ArticleFetcher() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public async Task<(string Html, Uri FinalUri)> FetchAsync(Uri url, bool allowFiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        FetchResult result;
        if (url.IsFile)
        {
            result = allowFiles
                ? await LocalFile.ReadAsync(url, null, options.MaxArticleBytes, cancellationToken).ConfigureAwait(false)
                : throw new FetchException($"refused to read the local file {url.LocalPath}: only local sources may link to files");
        }
        else if (url.Scheme is "http" or "https")
        {
            result = await HttpDownload.GetAsync(client, new FetchRequest(url), Accept, options.MaxArticleBytes, options.Timeout, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            throw new FetchException($"refused to fetch {url.Scheme}: links; only http and https are followed");
        }

        return (Decode(result.Body, HttpDownload.CharsetOf(result.ContentType)), result.FinalUri);
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    internal static string Decode(byte[] body, string? headerCharset)
    {
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
