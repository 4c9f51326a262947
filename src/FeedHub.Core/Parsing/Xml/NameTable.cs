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

    /// <summary>The last name seen for each hash of its UTF-8 bytes: a name repeated in a feed is found without decoding it.</summary>
    private readonly (byte[]? Utf8, string Name)[] recent = new (byte[]?, string)[512];

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty || utf8.Length > 64)
        {
            return Decode(utf8);
        }

        ref var slot = ref recent[(utf8.Length * 31 + utf8[0] * 7 + utf8[^1] * 3 + utf8[utf8.Length / 2]) & (recent.Length - 1)];
        if (slot.Utf8 is { } known && utf8.SequenceEqual(known))
        {
            return slot.Name;
        }

        var name = Decode(utf8);
        slot = (utf8.ToArray(), name);
        return name;
    }

    private string Decode(ReadOnlySpan<byte> utf8)
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
