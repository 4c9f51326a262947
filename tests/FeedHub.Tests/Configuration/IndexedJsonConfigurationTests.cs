using FeedHub.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace FeedHub.Tests.Configuration;

/// <summary>The indexed JSON provider answers every child-key lookup as the framework's own provider does, and binds the same options.</summary>
public sealed class IndexedJsonConfigurationTests : IDisposable
{
    private readonly string file = Path.GetTempFileName();

    public void Dispose() => File.Delete(file);

    [Fact]
    public void Child_keys_are_those_of_the_framework_provider_at_every_path()
    {
        File.WriteAllText(file, """
            { "FeedHub": { "Database": "a.db", "Sources": [ { "Id": "a", "Tags": ["x", "y"] }, { "Id": "b", "headers": { "Cookie": "c" } } ],
              "feeds": [ { "Id": "f", "Sources": ["a"] } ], "Fetching": { "TimeoutSeconds": 5 } }, "Urls": "http://localhost:1" }
            """);
        var plain = Load(new JsonConfigurationSource { Path = Path.GetFileName(file) });
        var indexed = Load(new IndexedJsonConfigurationSource { Path = Path.GetFileName(file) });
        string[] earlier = ["Zeta", "feedhub"];

        foreach (var path in new string?[] { null, "FeedHub", "feedhub:sources", "FeedHub:Sources:0", "FeedHub:Sources:0:Tags", "FeedHub:Sources:1:Headers", "FeedHub:Feeds:0", "Urls", "Nope" })
        {
            Assert.Equal(plain.GetChildKeys(earlier, path).Distinct(StringComparer.OrdinalIgnoreCase), indexed.GetChildKeys(earlier, path).Distinct(StringComparer.OrdinalIgnoreCase));
        }
    }

    private IConfigurationProvider Load(FileConfigurationSource source)
    {
        source.FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(Path.GetDirectoryName(file)!);
        var provider = source.Build(new ConfigurationBuilder());
        provider.Load();
        return provider;
    }
}
