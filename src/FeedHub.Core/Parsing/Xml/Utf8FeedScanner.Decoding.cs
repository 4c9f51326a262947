using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Unicode;

namespace FeedHub.Core.Parsing.Xml;

/// <summary>The fast path's text decoding: checked bytes to strings, with line ends normalized and references expanded.</summary>
internal ref partial struct Utf8FeedScanner
{
    /// <summary>
    /// Decodes text or CDATA that <see cref="ScanText"/> has checked, with what it saw (<paramref name="facts"/>), into
    /// <paramref name="target"/> (at least as long); its length.
    /// </summary>
    internal static int DecodeChecked(ReadOnlySpan<byte> raw, Span<char> target, bool isCData, TextFacts facts)
    {
        var status = Utf8.ToUtf16(raw, target, out _, out var length, replaceInvalidSequences: false);
        if (status == OperationStatus.Done && (facts & (TextFacts.References | TextFacts.LineEnds)) != 0)
        {
            length = DecodeInPlace(target[..length], attribute: false, entities: !isCData);
        }

        return status == OperationStatus.Done && length >= 0 ? length : throw new InvalidOperationException("deferred text was not checked");
    }

    /// <summary>Indentation between elements: interned, as feeds repeat the same few runs thousands of times.</summary>
    private static bool IsShortWhitespace(ReadOnlySpan<byte> raw) =>
        raw.Length is > 0 and <= 32 && raw.IndexOfAnyExcept((byte)' ', (byte)'\n', (byte)'\t') < 0;


    /// <summary>Decodes an attribute value (its whitespace becomes spaces, references are expanded); null for a reference XML does not define.</summary>
    private static string? DecodeAttribute(ReadOnlySpan<byte> raw)
    {
        if (!IsUtf8Text(raw))
        {
            return null;
        }

        if (raw.IndexOfAny(AttributeSpecialBytes) < 0)
        {
            return Encoding.UTF8.GetString(raw);
        }

        var buffer = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            var length = DecodeInPlace(buffer.AsSpan(0, Encoding.UTF8.GetChars(raw, buffer)), attribute: true, entities: true);
            return length < 0 ? null : new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Decodes text or CDATA that <see cref="ScanText"/> has checked into a string (line ends become \n, references
    /// in text are expanded): in one copy when there is nothing to expand, else through a buffer on the stack.
    /// </summary>
    internal static string DecodeString(ReadOnlySpan<byte> raw, bool isCData, TextFacts facts)
    {
        if ((facts & (TextFacts.References | TextFacts.LineEnds)) == 0)
        {
            // ASCII needs only widening (Latin-1 decoding is exactly that), without UTF-8's counting pass
            return (facts & TextFacts.NonAscii) == 0 ? Encoding.Latin1.GetString(raw) : Encoding.UTF8.GetString(raw);
        }

        char[]? rented = null;
        var buffer = raw.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        try
        {
            return new string(buffer[..DecodeChecked(raw, buffer, isCData, facts)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Rewrites decoded characters in place (the output never runs ahead of the input): line ends become \n
    /// (attribute whitespace becomes spaces) and references are expanded. The new length, or -1 for a reference
    /// XML does not define.
    /// </summary>
    private static int DecodeInPlace(Span<char> decoded, bool attribute, bool entities)
    {
        var read = 0;
        var length = 0;
        while (true)
        {
            read = attribute ? CopyRun(decoded, read, ref length, AttributeSpecials) : CopyTextRun(decoded, read, ref length, entities);
            if (read >= decoded.Length)
            {
                return length;
            }

            var c = decoded[read];
            var consumed = 1;
            if (c == '&' && PredefinedEntity(decoded[(read + 1)..], out var character) is > 0 and var entityLength)
            {
                decoded[length++] = character;
                consumed = entityLength + 1;
            }
            else if (c == '&')
            {
                var end = decoded[read..].IndexOf(';');
                if (end < 0 || !TryCharacterReference(decoded.Slice(read + 1, end - 1), decoded, ref length))
                {
                    return -1;
                }

                consumed = end + 1;
            }
            else if (c == '\r')
            {
                decoded[length++] = attribute ? ' ' : '\n';
                consumed = read + 1 < decoded.Length && decoded[read + 1] == '\n' ? 2 : 1;
            }
            else
            {
                decoded[length++] = attribute ? ' ' : c;
            }

            read += consumed;
        }
    }

    /// <summary>
    /// Moves text from <paramref name="read"/> down to <paramref name="write"/> up to the next '&amp;' (when
    /// references count) or '\r', and returns where that character is (or the end). Sixteen characters at a time
    /// while whole vectors can be stored without overwriting unread text (no gap yet, or a gap of sixteen or more):
    /// escaped HTML has a reference every few characters ("&amp;lt;p&amp;gt;"), too often for a search call and a
    /// copy call per run; hand-written because no library call both searches and moves.
    /// </summary>
    private static int CopyTextRun(Span<char> chars, int read, ref int write, bool entities)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars));
            var stop = Vector256.Create(entities ? (ushort)'&' : (ushort)'\r');
            var lineEnd = Vector256.Create((ushort)'\r');
            while (read + Vector256<ushort>.Count <= chars.Length && (read == write || read - write >= Vector256<ushort>.Count))
            {
                var block = Vector256.LoadUnsafe(ref first, (nuint)read);
                block.StoreUnsafe(ref first, (nuint)write);
                var found = (Vector256.Equals(block, stop) | Vector256.Equals(block, lineEnd)).ExtractMostSignificantBits();
                if (found != 0)
                {
                    var offset = BitOperations.TrailingZeroCount(found);
                    write += offset;
                    return read + offset;
                }

                read += Vector256<ushort>.Count;
                write += Vector256<ushort>.Count;
            }
        }

        return CopyRun(chars, read, ref write, entities ? TextSpecials : CDataSpecials);
    }

    /// <summary>As <see cref="CopyTextRun"/>, with one search and one copy: for attributes, and whatever vectors leave.</summary>
    private static int CopyRun(Span<char> chars, int read, ref int write, SearchValues<char> specials)
    {
        var rest = chars[read..];
        var special = rest.IndexOfAny(specials);
        var run = special < 0 ? rest.Length : special;
        rest[..run].CopyTo(chars[write..]);
        write += run;
        return read + run;
    }

    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&\r\n\t");
    private static readonly SearchValues<byte> AttributeSpecialBytes = SearchValues.Create("&\r\n\t"u8);
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&\r");
    private static readonly SearchValues<char> CDataSpecials = SearchValues.Create("\r");

    /// <summary>"lt;", "gt;", "amp;", "quot;" or "apos;" at the start of <paramref name="text"/>: its length, else 0.</summary>
    private static int PredefinedEntity(ReadOnlySpan<char> text, out char character)
    {
        (character, var length) = text switch
        {
            ['l', 't', ';', ..] => ('<', 3),
            ['g', 't', ';', ..] => ('>', 3),
            ['a', 'm', 'p', ';', ..] => ('&', 4),
            ['q', 'u', 'o', 't', ';', ..] => ('"', 5),
            ['a', 'p', 'o', 's', ';', ..] => ('\'', 5),
            _ => ('\0', 0),
        };
        return length;
    }

    private const uint LessThanEntity = 'l' | ('t' << 8) | (';' << 16);
    private const uint GreaterThanEntity = 'g' | ('t' << 8) | (';' << 16);
    private const uint AmpersandEntity = 'a' | ('m' << 8) | ('p' << 16) | ((uint)';' << 24);

    /// <summary>As <see cref="PredefinedEntity(ReadOnlySpan{char}, out char)"/>, on UTF-8 bytes: the entity's length, else 0.</summary>
    private static int PredefinedEntity(ReadOnlySpan<byte> text) => text switch
    {
        [(byte)'l', (byte)'t', (byte)';', ..] or [(byte)'g', (byte)'t', (byte)';', ..] => 3,
        [(byte)'a', (byte)'m', (byte)'p', (byte)';', ..] => 4,
        [(byte)'q', (byte)'u', (byte)'o', (byte)'t', (byte)';', ..] or [(byte)'a', (byte)'p', (byte)'o', (byte)'s', (byte)';', ..] => 5,
        _ => 0,
    };

    /// <summary>A character reference ("#65", "#x1F600"; the five named ones are <see cref="PredefinedEntity(ReadOnlySpan{char}, out char)"/>): written out, or false.</summary>
    private static bool TryCharacterReference(ReadOnlySpan<char> name, Span<char> buffer, ref int length)
    {
        if (name.Length < 2 || name[0] != '#' || length + 2 > buffer.Length)
        {
            return false;
        }

        var hex = name[1] == 'x';
        if (!int.TryParse(name[(hex ? 2 : 1)..], ReferenceStyle(hex), CultureInfo.InvariantCulture, out var code) || !IsReferenceCode(name.Length - (hex ? 2 : 1), code, out var rune))
        {
            return false;
        }

        length += rune.EncodeToUtf16(buffer[length..]);
        return true;
    }

    /// <summary>As <see cref="TryCharacterReference"/>, on UTF-8 bytes, without writing it out.</summary>
    private static bool IsCharacterReference(ReadOnlySpan<byte> name)
    {
        if (name.Length < 2 || name[0] != '#')
        {
            return false;
        }

        var hex = name[1] == 'x';
        return int.TryParse(name[(hex ? 2 : 1)..], ReferenceStyle(hex), CultureInfo.InvariantCulture, out var code) && IsReferenceCode(name.Length - (hex ? 2 : 1), code, out _);
    }

    private static NumberStyles ReferenceStyle(bool hex) => hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;

    /// <summary>A reference's code (of one to seven digits) names a character XML allows.</summary>
    private static bool IsReferenceCode(int digits, int code, out Rune rune)
    {
        rune = default;
        return digits is > 0 and <= 7 && Rune.TryCreate(code, out rune) && (code >= 0x20 || code is 0x9 or 0xA or 0xD);
    }
}
