using System.Text;
using FeedHub.Core.Text;

namespace FeedHub.Core.Parsing;

/// <summary>
/// Repairs the two commonest mix-ups behind C1 control characters (U+0080–U+009F), which never belong in text:
/// UTF-8 bytes read as Latin-1 ("â€¦" for "…") are decoded again as UTF-8, and other C1 characters are the
/// windows-1252 punctuation they stand for (U+0092 is ’), the mapping HTML applies to such numeric references.
/// </summary>
internal static class Windows1252Repair
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private static readonly Encoding Windows1252 = CodePages.Get(1252);

    public static bool HasC1(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('\u0080', '\u009F') >= 0;

    public static string Repair(string text)
    {
        if (!HasC1(text))
        {
            return text;
        }

        return TryUtf8AsLatin1(text) ?? MapC1(text);
    }

    /// <summary>The character windows-1252 puts at this C1 code point, or the code point itself where 1252 has none.</summary>
    public static char Map(char c) => c is >= '\u0080' and <= '\u009F' ? Windows1252.GetString([(byte)c])[0] : c;

    private static string? TryUtf8AsLatin1(string text)
    {
        if (text.AsSpan().IndexOfAnyExceptInRange('\u0000', '\u00FF') >= 0)
        {
            return null;
        }

        var bytes = Encoding.Latin1.GetBytes(text);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string MapC1(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = Map(source[i]);
        }
    });
}
