namespace FeedHub.Configuration;

/// <summary>The key an operator most likely meant when they wrote one that does not exist ("Sourcs" for "Sources").</summary>
internal static class KeySuggestion
{
    /// <summary>" (did you mean "Sources"?)" when a known key is a few edits away, else the list of the keys allowed here.</summary>
    public static string For(string key, IEnumerable<string> known)
    {
        var names = known.ToList();
        var best = names.Select(n => (Name: n, Distance: Distance(key.ToLowerInvariant(), n.ToLowerInvariant()))).MinBy(c => c.Distance);
        return best.Name is not null && best.Distance <= Math.Max(1, Math.Min(3, key.Length / 3))
            ? $" (did you mean \"{best.Name}\"?)"
            : names.Count == 0 ? string.Empty : " (the keys here are " + string.Join(", ", names.Order(StringComparer.Ordinal)) + ")";
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours each cost one.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
