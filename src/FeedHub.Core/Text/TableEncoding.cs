using System.Text;

namespace FeedHub.Core.Text;

/// <summary>
/// An ASCII-based single-byte encoding given by the characters of its upper half. .NET ships no way to define a
/// code page from a table, and the few that feeds still declare (KOI8-T, cp856, ISO-8859-16...) are missing from
/// CodePagesEncodingProvider, so this small class fills the gap; characters it cannot encode become '?'.
/// </summary>
internal sealed class TableEncoding : Encoding
{
    private readonly string name;
    private readonly string high;
    private readonly Dictionary<char, byte> reverse = [];

    public TableEncoding(string name, string high)
    {
        this.name = name;
        this.high = high;
        for (var i = 0; i < high.Length; i++)
        {
            reverse.TryAdd(high[i], (byte)(0x80 + i));
        }
    }

    public override string WebName => name;

    public override string EncodingName => name;

    public override int GetByteCount(char[] chars, int index, int count) => count;

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
    {
        ArgumentNullException.ThrowIfNull(chars);
        ArgumentNullException.ThrowIfNull(bytes);
        for (var i = 0; i < charCount; i++)
        {
            var c = chars[charIndex + i];
            bytes[byteIndex + i] = c < 0x80 ? (byte)c : reverse.TryGetValue(c, out var b) ? b : (byte)'?';
        }

        return charCount;
    }

    public override int GetCharCount(byte[] bytes, int index, int count) => count;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(chars);
        for (var i = 0; i < byteCount; i++)
        {
            var b = bytes[byteIndex + i];
            chars[charIndex + i] = b < 0x80 ? (char)b : high[b - 0x80];
        }

        return byteCount;
    }

    public override int GetMaxByteCount(int charCount) => charCount;

    public override int GetMaxCharCount(int byteCount) => byteCount;
}
