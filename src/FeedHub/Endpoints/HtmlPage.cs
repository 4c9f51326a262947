using System.Net;
using System.Text;
using FeedHub.Core.Digests;

namespace FeedHub.Endpoints;

/// <summary>An HTML page of the service: the shared head (viewport, style sheet, any extra head links) around a body.</summary>
internal static class HtmlPage
{
    public static string Document(string title, string body, string head = "") =>
        new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n")
            .Append(head)
            .Append("<style>").Append(PageStyle.Css).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append(body)
            .Append("</main>\n</body>\n</html>\n")
            .ToString();

    public const string MediaType = "text/html; charset=utf-8";

    public static IResult Result(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, MediaType, Encoding.UTF8, status);
}
