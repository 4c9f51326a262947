using System.Net;

namespace FeedHub.Endpoints;

/// <summary>A 404 page a reader can act on: what was asked for, why it is not here, and the way back to the index.</summary>
internal static class NotFoundPage
{
    /// <param name="context">The request.</param>
    /// <param name="asked">What was asked for, as the reader would name it.</param>
    /// <param name="why">Why it is not here.</param>
    /// <param name="index">The index's path; by default the one under the request's path base.</param>
    public static IResult Result(HttpContext context, string asked, string why, string? index = null)
    {
        index ??= context.Request.PathBase + "/";
        var body = $"""
            <h1>Not found</h1>
            <p>You asked for <strong>{WebUtility.HtmlEncode(asked)}</strong>.</p>
            <p>{WebUtility.HtmlEncode(why)}</p>
            <p><a href="{WebUtility.HtmlEncode(index)}">Go to the FeedHub index</a>: it lists every feed and its digests.</p>

            """;
        return HtmlPage.Result(HtmlPage.Document("Not found: " + asked, body), StatusCodes.Status404NotFound);
    }
}
