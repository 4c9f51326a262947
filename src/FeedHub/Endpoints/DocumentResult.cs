using Microsoft.Extensions.Primitives;

namespace FeedHub.Endpoints;

/// <summary>
/// Answers with a <see cref="CachedDocument"/>: its validators, a 304 when the request's match, else the form the
/// client accepts (brotli, gzip, or the bytes), written straight to the response; HEAD gets the headers alone. The
/// header values are the document's own precomputed strings and the request's are read as text, not parsed into
/// typed headers: this runs for every cache hit, at static-file rates.
/// </summary>
internal sealed class DocumentResult(CachedDocument document, bool shared, bool immutable = false) : IResult
{
    private const string PublicCache = "public, max-age=60";

    // An archive page (RFC 5005) never changes once stored.
    private const string ImmutableCache = "public, max-age=31536000, immutable";

    // Built from a Host the client chose (no FeedHub:PublicBaseUrl), a response is for that client alone.
    private const string PrivateCache = "private, max-age=60";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var request = httpContext.Request;
        var response = httpContext.Response;
        var encoding = document.Brotli is null ? 0 : Negotiate(request.Headers.AcceptEncoding);
        var headers = response.Headers;
        headers.ETag = document.ETags[encoding];
        headers.LastModified = document.LastModifiedHeader;
        headers.CacheControl = !shared ? PrivateCache : immutable ? ImmutableCache : PublicCache;
        if (document.Brotli is not null)
        {
            headers.Vary = "Accept-Encoding";
        }

        if (NotModified(request.Headers))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var body = encoding switch { 2 => document.Brotli!, 1 => document.Gzip!, _ => document.Body };
        if (encoding > 0)
        {
            headers.ContentEncoding = encoding == 2 ? "br" : "gzip";
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = document.MediaType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            await response.BodyWriter.WriteAsync(body, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>If-None-Match naming any of the document's ETags (weakly, any encoding) or *, else If-Modified-Since at or after its Last-Modified.</summary>
    private bool NotModified(IHeaderDictionary request)
    {
        var noneMatch = request.IfNoneMatch;
        if (!StringValues.IsNullOrEmpty(noneMatch))
        {
            foreach (var value in noneMatch)
            {
                foreach (var part in (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var tag = part.StartsWith("W/", StringComparison.Ordinal) ? part[2..] : part;
                    if (tag == "*" || document.ETags.Contains(tag))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        return DateTimeOffset.TryParse(request.IfModifiedSince, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since)
            && document.LastModified <= since;
    }

    /// <summary>2 (br) when the client accepts it, else 1 (gzip), else 0 (the bytes as they are); q=0 refuses an encoding.</summary>
    private static int Negotiate(StringValues acceptEncoding)
    {
        bool br = false, gzip = false;
        foreach (var value in acceptEncoding)
        {
            foreach (var part in (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var semicolon = part.IndexOf(';', StringComparison.Ordinal);
                var name = semicolon < 0 ? part : part[..semicolon].TrimEnd();
                var refused = semicolon >= 0 && Refuses(part[(semicolon + 1)..]);
                br |= !refused && (name.Equals("br", StringComparison.OrdinalIgnoreCase) || name == "*");
                gzip |= !refused && (name.Equals("gzip", StringComparison.OrdinalIgnoreCase) || name == "*");
                if (refused && name.Equals("br", StringComparison.OrdinalIgnoreCase))
                {
                    br = false;
                }
            }
        }

        return br ? 2 : gzip ? 1 : 0;
    }

    private static bool Refuses(string parameters) =>
        parameters.Replace(" ", string.Empty, StringComparison.Ordinal) is var p && p.StartsWith("q=0", StringComparison.Ordinal) && !p.AsSpan(3).ContainsAnyInRange('1', '9');
}
