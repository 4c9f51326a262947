using System.Buffers;

namespace FeedHub.Core.Parsing.Xml;

/// <summary>
/// One pooled buffer holding a document's text, decoded once by <see cref="Utf8FeedScanner"/>. Text nodes are
/// <see cref="TextRange"/>s of it until an adapter asks for a string, so an item's HTML goes from the document's
/// bytes to its normalized string with a single string made (see MarkupText). Lives for one parse: disposing it
/// returns the buffer, and any range read after that throws rather than seeing another document's text.
/// </summary>
internal sealed class TextArena(int capacity) : IDisposable
{
    /// <summary>The most characters rented up front (8 MB); a document with more text grows the buffer as it goes.</summary>
    internal const int MaxInitialCapacity = 1 << 22;

    private char[]? chars = ArrayPool<char>.Shared.Rent(Math.Clamp(capacity, 16, MaxInitialCapacity));

    /// <summary>How many characters are in use.</summary>
    public int Length { get; private set; }

    private char[] Chars => chars ?? throw new ObjectDisposedException(nameof(TextArena));

    /// <summary>Room for at least <paramref name="length"/> more characters, to decode into before <see cref="Commit"/>.</summary>
    public Span<char> Reserve(int length)
    {
        if (Chars.Length - Length < length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(Chars.Length * 2, Length + length));
            Chars.AsSpan(0, Length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(Chars);
            chars = larger;
        }

        return Chars.AsSpan(Length);
    }

    /// <summary>Takes the next <paramref name="length"/> characters of the reserved room as a text node.</summary>
    public TextRange Commit(int length)
    {
        var range = new TextRange(this, Length, length);
        Length += length;
        return range;
    }

    public ReadOnlySpan<char> Slice(int start, int length) => Chars.AsSpan(start, length);

    public void Dispose()
    {
        if (chars is { } returned)
        {
            chars = null;
            ArrayPool<char>.Shared.Return(returned);
        }
    }
}

/// <summary>A text node not yet made a string: a range of its document's <see cref="TextArena"/>.</summary>
internal sealed class TextRange(TextArena arena, int start, int length)
{
    public ReadOnlySpan<char> Span => arena.Slice(start, length);

    public override string ToString() => new(Span);
}
