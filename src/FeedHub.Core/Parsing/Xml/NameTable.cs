using System.Text;

namespace FeedHub.Core.Parsing.Xml;

/// <summary>
/// Per-thread interning of element names, prefixes and namespace URIs, so a feed's thousands of repeated names
/// ("item", "title") cost one string each. Bounded: past <see cref="Capacity"/> names are no longer cached.
/// </summary>
internal sealed class NameTable
{
    private const int Capacity = 4096;

    [ThreadStatic]
    private static NameTable? current;

    private readonly HashSet<string> strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    private NameTable() => bySpan = strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public static NameTable Current => current ??= new NameTable();

    public string Get(ReadOnlySpan<byte> utf8)
    {
        Span<char> chars = stackalloc char[256];
        if (utf8.Length > chars.Length)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        var name = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        if (bySpan.TryGetValue(name, out var known))
        {
            return known;
        }

        var created = name.ToString();
        if (strings.Count < Capacity)
        {
            strings.Add(created);
        }

        return created;
    }

    public string Get(string value)
    {
        if (strings.TryGetValue(value, out var known))
        {
            return known;
        }

        if (strings.Count < Capacity)
        {
            strings.Add(value);
        }

        return value;
    }
}
