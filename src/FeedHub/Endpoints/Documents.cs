using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Net.Http.Headers;

namespace FeedHub.Endpoints;

/// <summary>
/// How every published document (feeds, digest pages and feeds, the index) is answered: from the
/// <see cref="OutputCache"/> when its input's version is unchanged, else freshly rendered (and kept when its links
/// come from the configured public address); with its validators, a 304 on a match, and the brotli or gzip form the
/// client accepts. The version is read before rendering, so a change during a render leaves an older version in the
/// cache and the next request renders again.
/// </summary>
internal static class Documents
{
    private static readonly string[] Encodings = ["identity", "gzip", "br"];

    /// <summary>The kept document at the request's path for this <paramref name="version"/>, answered; null when there is none.</summary>
    public static IResult? Cached(HttpContext context, string version)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PublicBase.Of(context).Trusted && Cache(context).Find(PathOf(context), version) is { } document ? Respond(context, document, shared: true) : null;
    }

    /// <summary>A document just rendered, answered, and kept for the next requests when it may be.</summary>
    public static IResult Fresh(HttpContext context, string version, byte[] body, string mediaType, DateTimeOffset updated)
    {
        ArgumentNullException.ThrowIfNull(context);
        var trusted = PublicBase.Of(context).Trusted;
        var document = CachedDocument.Create(version, body, mediaType, updated, compress: trusted);
        if (trusted)
        {
            Cache(context).Keep(PathOf(context), document);
        }

        return Respond(context, document, trusted);
    }

    private static IResult Respond(HttpContext context, CachedDocument document, bool shared)
    {
        var encoding = document.Brotli is null ? "identity" : Negotiate(context.Request);
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = document.ETag(encoding);
        headers.LastModified = document.LastModified;
        // Built from a Host the client chose (no FeedHub:PublicBaseUrl), a response is for that client alone.
        headers.CacheControl = new CacheControlHeaderValue { Public = shared, Private = !shared, MaxAge = TimeSpan.FromMinutes(1) };
        if (document.Brotli is not null)
        {
            context.Response.Headers.Vary = "Accept-Encoding";
        }

        if (NotModified(context.Request.GetTypedHeaders(), document))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        if (encoding != "identity")
        {
            context.Response.Headers.ContentEncoding = encoding;
        }

        return Results.Bytes(encoding switch { "br" => document.Brotli!, "gzip" => document.Gzip!, _ => document.Body }, document.MediaType);
    }

    private static bool NotModified(RequestHeaders request, CachedDocument document)
    {
        var noneMatch = request.IfNoneMatch;
        return noneMatch.Count > 0
            ? noneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || Encodings.Any(e => tag.Compare(document.ETag(e), useStrongComparison: false)))
            : request.IfModifiedSince is { } since && document.LastModified <= since;
    }

    /// <summary>br when the client accepts it, else gzip, else the bytes as they are (q=0 refuses an encoding).</summary>
    private static string Negotiate(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        bool Accepts(string name) => accepted.Any(a => (a.Value.Equals(name, StringComparison.OrdinalIgnoreCase) || a.Value == "*") && (a.Quality ?? 1) > 0)
            && !accepted.Any(a => a.Value.Equals(name, StringComparison.OrdinalIgnoreCase) && a.Quality == 0);
        return Accepts("br") ? "br" : Accepts("gzip") ? "gzip" : "identity";
    }

    private static OutputCache Cache(HttpContext context) => context.RequestServices.GetRequiredService<OutputCache>();

    private static string PathOf(HttpContext context) => context.Request.Path.Value ?? "/";
}
