using FeedHub.Configuration;
using FeedHub.Core.Fetching;
using Microsoft.Extensions.Options;

namespace FeedHub.Tests.Configuration;

/// <summary>The configuration's fetching defaults are the core's, not a second copy that drifts (two User-Agents once).</summary>
public class FetchingDefaultsTests
{
    [Fact]
    public void An_empty_fetching_section_gives_the_core_defaults()
    {
        var catalog = new FeedHubCatalog(Options.Create(new FeedHubOptions()), new ConfigLocation(null, Path.GetTempPath()));

        Assert.Equal(FetchOptions.Defaults, catalog.Fetch);
    }
}
