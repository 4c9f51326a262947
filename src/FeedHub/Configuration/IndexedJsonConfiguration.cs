using Microsoft.Extensions.Configuration.Json;

namespace FeedHub.Configuration;

/// <summary>
/// The JSON configuration file, with its child keys indexed. ConfigurationProvider.GetChildKeys scans every key of
/// the file for each section the binder visits, so binding N sources costs N times the file's keys: a 10,000-source
/// configuration took 30 s to bind before the service started. An index built once per load answers each lookup
/// directly; what it answers is what the scan answers (the provider's own child keys and the earlier ones, sorted).
/// Written here because the framework's provider has no such index and no package adds one.
/// </summary>
internal sealed class IndexedJsonConfigurationSource : JsonConfigurationSource
{
    public override IConfigurationProvider Build(IConfigurationBuilder builder)
    {
        EnsureDefaults(builder);
        return new IndexedJsonConfigurationProvider(this);
    }
}

internal sealed class IndexedJsonConfigurationProvider(JsonConfigurationSource source) : JsonConfigurationProvider(source)
{
    private Dictionary<string, HashSet<string>>? children;

    public override void Load(Stream stream)
    {
        base.Load(stream);
        children = null;
    }

    public override IEnumerable<string> GetChildKeys(IEnumerable<string> earlierKeys, string? parentPath)
    {
        var index = children ??= Index();
        var keys = index.TryGetValue(parentPath ?? string.Empty, out var own) ? new List<string>(own) : [];
        keys.AddRange(earlierKeys); // own keys first, then the earlier providers', as ConfigurationProvider lists them

        keys.Sort(ConfigurationKeyComparer.Instance);
        return keys;
    }

    /// <summary>Each section's path (the root's is empty) and the names of its children, both in any letter case as configuration keys are.</summary>
    private Dictionary<string, HashSet<string>> Index()
    {
        var index = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in Data.Keys)
        {
            for (var start = 0; ; )
            {
                var end = key.IndexOf(ConfigurationPath.KeyDelimiter, start, StringComparison.Ordinal);
                var parent = start == 0 ? string.Empty : key[..(start - 1)];
                if (!index.TryGetValue(parent, out var names))
                {
                    index[parent] = names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }

                names.Add(end < 0 ? key[start..] : key[start..end]);
                if (end < 0)
                {
                    break;
                }

                start = end + 1;
            }
        }

        return index;
    }
}
