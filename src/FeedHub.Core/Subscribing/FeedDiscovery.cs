using AngleSharp.Html.Parser;
using FeedHub.Core.Fetching;
using FeedHub.Core.Model;
using FeedHub.Core.Parsing;
using FeedHub.Core.Text;

namespace FeedHub.Core.Subscribing;

/// <summary>
/// Finds the feeds behind an address an operator pastes, as Miniflux's "add subscription" does: the address itself
/// when it is a feed; else the feeds its page names (<see cref="FeedLinks.Of"/>), each fetched and parsed to be
/// sure; else the first of the usual feed addresses that answers with a feed. Fetches go through the feed fetcher,
/// so its size and time limits and per-host spacing apply.
/// </summary>
public sealed class FeedDiscovery(FeedFetcher fetcher, FeedParser parser)
{
    private readonly HtmlParser html = new(new HtmlParserOptions { IsScripting = false, SkipComments = true, DisableElementPositionTracking = true });

    public async Task<Discovery> DiscoverAsync(Uri address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var page = await fetcher.FetchAsync(new FetchRequest(address), cancellationToken).ConfigureAwait(false);
        var isHtml = LooksLikeHtml(page.Body);
        if (!isHtml && TryParse(page) is { } itself)
        {
            return new Discovery(page.FinalUri, null, [new DiscoveredFeed(page.FinalUri, itself)], []);
        }

        if (!isHtml && !IsHtmlType(page.ContentType))
        {
            return new Discovery(page.FinalUri, null, [], [$"{page.FinalUri}: neither a feed nor a web page ({page.ContentType ?? "no content type"})"]);
        }

        using var document = await html.ParseDocumentAsync(PageDecoder.Decode(page.Body, HtmlText.CharsetOf(page.ContentType)), cancellationToken).ConfigureAwait(false);
        var title = document.Title?.Trim() is { Length: > 0 } t ? t : page.FinalUri.Host;
        var named = FeedLinks.Of(document, page.FinalUri);
        var (feeds, misses) = (new List<DiscoveredFeed>(), new List<string>());
        foreach (var candidate in named.Count > 0 ? named : FeedLinks.Guesses(page.FinalUri))
        {
            var (feed, miss) = await TryFeedAsync(candidate, cancellationToken).ConfigureAwait(false);
            if (feed is not null && feeds.All(f => f.Url != feed.Url))
            {
                feeds.Add(feed);
            }
            else if (miss is not null && named.Count > 0)
            {
                misses.Add(miss); // a guess that misses is expected, not news
            }

            if (feed is not null && named.Count == 0)
            {
                break; // one guessed feed is enough: the others are most often the same feed again
            }
        }

        return new Discovery(page.FinalUri, title, feeds, misses);
    }

    private async Task<(DiscoveredFeed? Feed, string? Miss)> TryFeedAsync(Uri candidate, CancellationToken cancellationToken)
    {
        try
        {
            var fetched = await fetcher.FetchAsync(new FetchRequest(candidate), cancellationToken).ConfigureAwait(false);
            return TryParse(fetched) is { } feed ? (new DiscoveredFeed(fetched.FinalUri, feed), null) : (null, $"{candidate}: not a feed");
        }
        catch (FetchException e)
        {
            return (null, $"{candidate}: {e.Message}");
        }
    }

    private ParsedFeed? TryParse(FetchResult fetched)
    {
        try
        {
            return parser.Parse(fetched.Body, fetched.FinalUri, fetched.ContentType);
        }
        catch (FeedParseException)
        {
            return null;
        }
    }

    private static bool IsHtmlType(string? contentType) => contentType?.Split(';')[0].Trim().ToLowerInvariant() is "text/html" or "application/xhtml+xml";

    /// <summary>
    /// Whether the document starts as a web page does (a doctype or &lt;html&gt; within its first kilobyte): the body
    /// decides, not the Content-Type, since feeds served as text/html and pages served as text/xml are both common.
    /// </summary>
    private static bool LooksLikeHtml(byte[] body)
    {
        var head = System.Text.Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 1024));
        return head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }
}
