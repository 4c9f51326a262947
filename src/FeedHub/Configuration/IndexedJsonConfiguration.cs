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
    private Dictionary<string, List<string>>? children;

    public override void Load(Stream stream)
    {
        base.Load(stream);
        children = null;
    }

    public override IEnumerable<string> GetChildKeys(IEnumerable<string> earlierKeys, string? parentPath)
    {
        var index = children ??= Index();
        var keys = new List<string>(earlierKeys);
        if (index.TryGetValue(parentPath ?? string.Empty, out var own))
        {
            keys.AddRange(own);
        }

        keys.Sort(ConfigurationKeyComparer.Instance);
        return keys;
    }

    /// <summary>Each section's path (the root's is empty) and the distinct names of its children.</summary>
    private Dictionary<string, List<string>> Index()
    {
        var index = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<(string Parent, string Child)>(new PairComparer());
        foreach (var key in Data.Keys)
        {
            var start = 0;
            while (start <= key.Length)
            {
                var end = key.IndexOf(ConfigurationPath.KeyDelimiter, start, StringComparison.Ordinal);
                var parent = start == 0 ? string.Empty : key[..(start - 1)];
                var child = end < 0 ? key[start..] : key[start..end];
                if (seen.Add((parent, child)))
                {
                    (index.TryGetValue(parent, out var list) ? list : index[parent] = []).Add(child);
                }

                if (end < 0)
                {
                    break;
                }

                start = end + 1;
            }
        }

        return index;
    }

    private sealed class PairComparer : IEqualityComparer<(string Parent, string Child)>
    {
        public bool Equals((string Parent, string Child) x, (string Parent, string Child) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Parent, y.Parent) && StringComparer.OrdinalIgnoreCase.Equals(x.Child, y.Child);

        public int GetHashCode((string Parent, string Child) pair) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(pair.Parent), StringComparer.OrdinalIgnoreCase.GetHashCode(pair.Child));
    }
}
