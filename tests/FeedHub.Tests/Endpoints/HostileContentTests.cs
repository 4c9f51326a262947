using System.Text.Json;
using System.Xml.Linq;
using FeedHub.Tests.Support;

namespace FeedHub.Tests.Endpoints;

/// <summary>
/// End to end over loopback: a feed whose HTML tries everything (scripts, event handlers, javascript:, vbscript: and
/// entity-encoded schemes, iframe, svg, form, meta refresh, base, style) and an article page that does the same are
/// polled and extracted by the real service; the published RSS, Atom and JSON Feed and the digest page carry the
/// safe text of both and nothing that runs. Turning the sanitizer into the identity makes this fail.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class HostileContentTests : IAsyncLifetime
{
    private static readonly string[] Dangerous = ["<script", "javascript:", "vbscript:", "data:image/svg", "onerror", "onclick", "onload", "onmouseover", "<iframe", "<form", "formaction", "<base", "http-equiv", "<object", "style=", "alert("];

    private readonly string folder = Directory.CreateTempSubdirectory("feedhub-hostile-").FullName;
    private LoopbackSite site = null!;
    private FeedHubFactory factory = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "fixtures", "hostile", "site");
        Directory.CreateDirectory(Path.Combine(folder, "articles"));
        File.Copy(Path.Combine(fixture, "articles", "hostile.html"), Path.Combine(folder, "articles", "hostile.html"));
        site = await LoopbackSite.StartAsync(folder);
        var feed = File.ReadAllText(Path.Combine(fixture, "hostile.rss")).Replace("ARTICLE_URL", new Uri(site.BaseUri, "articles/hostile.html").AbsoluteUri, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "hostile.rss"), feed);
        factory = new FeedHubFactory(new
        {
            Database = "feedhub.db",
            Fetching = new { AllowPrivateNetworks = true, PerHostSpacingSeconds = 0 },
            Sources = new object[] { new { Id = "hostile", Title = "Hostile Gazette", Url = new Uri(site.BaseUri, "hostile.rss").AbsoluteUri, Interval = "01:00:00" } },
            Feeds = new object[] { new { Id = "all", Title = "All", Digest = new { Cron = "0 0 * * * ?", TimeZone = "UTC", Window = "3650.00:00:00" } } },
        });
        client = factory.CreateClient();
        await Samples.EventuallyAsync(() => client.GetStringAsync("/feeds/all.json"), j => j.Contains("ARTICLE-SAFE-TEXT", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await site.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("/feeds/all.rss")]
    [InlineData("/feeds/all.atom")]
    [InlineData("/feeds/all.json")]
    public async Task Published_feeds_carry_the_safe_text_and_nothing_that_runs(string path)
    {
        var body = await client.GetStringAsync(path);
        var html = path.EndsWith(".json", StringComparison.Ordinal) ? JsonStrings(body) : XDocument.Parse(body).Root!.Value; // the HTML as a reader's parser sees it, unescaped

        Assert.Contains("FEED-SAFE-TEXT", html, StringComparison.Ordinal);
        Assert.Contains("FEED-SAFE-CONTENT", html, StringComparison.Ordinal);
        Assert.Contains("ARTICLE-SAFE-TEXT", html, StringComparison.Ordinal);
        Assert.Contains("http://hostile.example/wall.jpg", html, StringComparison.Ordinal);
        Assert.All(Dangerous, d => Assert.DoesNotContain(d, html, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_digest_page_carries_the_safe_text_and_nothing_that_runs()
    {
        var date = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var latest = System.Text.RegularExpressions.Regex.Match(await client.GetStringAsync("/digests/all/"), "<a href=\"(/digests/all/[^\"]+)\">").Groups[1].Value;
        Assert.StartsWith("/digests/all/" + date + "T", latest, StringComparison.Ordinal); // hourly: the date and the hour

        var page = await client.GetStringAsync(latest);

        Assert.Contains("Harbour wall repairs begin", page, StringComparison.Ordinal);
        Assert.Contains("Lifeboat open day", page, StringComparison.Ordinal);
        Assert.All(Dangerous, d => Assert.DoesNotContain(d, page, StringComparison.OrdinalIgnoreCase));
    }

    private static string JsonStrings(string json)
    {
        using var document = JsonDocument.Parse(json);
        var strings = new List<string>();
        var pending = new Stack<JsonElement>([document.RootElement]);
        while (pending.TryPop(out var element))
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        pending.Push(property.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        pending.Push(item);
                    }

                    break;
                case JsonValueKind.String:
                    strings.Add(element.GetString()!);
                    break;
            }
        }

        return string.Join('\n', strings);
    }
}
