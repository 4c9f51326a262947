namespace FeedHub.Core.Parsing.Markup;

/// <summary>A reusable per-thread character buffer for writing one canonical tag without allocating.</summary>
internal sealed class CanonicalBuffer
{
    [ThreadStatic]
    private static CanonicalBuffer? current;

    private char[] chars = new char[256];
    private int length;

    public ReadOnlySpan<char> Span => chars.AsSpan(0, length);

    public static CanonicalBuffer Get()
    {
        var buffer = current ??= new CanonicalBuffer();
        buffer.length = 0;
        return buffer;
    }

    public CanonicalBuffer Append(char c)
    {
        Ensure(1);
        chars[length++] = c;
        return this;
    }

    public CanonicalBuffer Append(ReadOnlySpan<char> text)
    {
        Ensure(text.Length);
        text.CopyTo(chars.AsSpan(length));
        length += text.Length;
        return this;
    }

    public CanonicalBuffer AppendEscapedQuotes(ReadOnlySpan<char> value)
    {
        var quote = value.IndexOf('"');
        while (quote >= 0)
        {
            Append(value[..quote]).Append("&quot;");
            value = value[(quote + 1)..];
            quote = value.IndexOf('"');
        }

        return Append(value);
    }

    private void Ensure(int more)
    {
        if (length + more > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, length + more));
        }
    }
}
