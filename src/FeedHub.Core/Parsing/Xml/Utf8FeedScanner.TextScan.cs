using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FeedHub.Core.Parsing.Xml;

/// <summary>The fast path's text scanning: one pass over a text or CDATA run that finds its end and makes every check it needs.</summary>
internal ref partial struct Utf8FeedScanner
{
    /// <summary>
    /// One pass over text to the '&lt;' that ends it (CDATA: to its "]]&gt;"), that also does every check the text
    /// needs: no control character XML forbids, no "]]&gt;" in text, every reference one XML defines. Returns the
    /// text's length, or -1 when nothing ends it or a check fails; <paramref name="facts"/> says whether decoding
    /// must expand references or line ends, and whether UTF-8 must be validated. Thirty-two bytes at a time: item
    /// HTML is most of a feed, and one pass replaces five (the end, "]]&gt;", controls, ASCII and references).
    /// Hand-written because no library search reports several kinds of byte in one pass.
    /// </summary>
    private static int ScanText(ReadOnlySpan<byte> span, bool isCData, out TextFacts facts)
    {
        facts = TextFacts.None;
        var ender = isCData ? (byte)']' : (byte)'<';
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref MemoryMarshal.GetReference(span);
            for (; i + Vector256<byte>.Count <= span.Length; i += Vector256<byte>.Count)
            {
                var block = Vector256.LoadUnsafe(ref first, (nuint)i);
                var lineEnds = Vector256.Equals(block, Vector256.Create((byte)'\r'));
                var controls = Vector256.LessThan(block, Vector256.Create((byte)' '))
                    & ~(lineEnds | Vector256.Equals(block, Vector256.Create((byte)'\n')) | Vector256.Equals(block, Vector256.Create((byte)'\t')));
                var brackets = isCData ? default : Vector256.Equals(block, Vector256.Create((byte)']'));
                var references = isCData ? 0 : Vector256.Equals(block, Vector256.Create((byte)'&')).ExtractMostSignificantBits();
                var enders = Vector256.Equals(block, Vector256.Create(ender)).ExtractMostSignificantBits();
                var seen = (controls | lineEnds | brackets).ExtractMostSignificantBits() | block.ExtractMostSignificantBits();
                if ((seen | references | enders) == 0)
                {
                    continue;
                }

                var end = FirstEnd(span, i, enders, isCData);
                var below = end < 0 ? uint.MaxValue : (1u << end) - 1;
                if ((references & below) != 0)
                {
                    facts |= TextFacts.References; // escaped HTML has a reference every few bytes: checked here, not through Note
                    for (var bits = references & below; bits != 0; bits &= bits - 1)
                    {
                        if (!IsReferenceAt(span[(i + BitOperations.TrailingZeroCount(bits) + 1)..]))
                        {
                            return -1;
                        }
                    }
                }

                for (var bits = seen & below; bits != 0; bits &= bits - 1)
                {
                    if (!Note(span, i + BitOperations.TrailingZeroCount(bits), isCData, ref facts))
                    {
                        return -1;
                    }
                }

                if (end >= 0)
                {
                    return i + end;
                }
            }
        }

        for (; i < span.Length; i++)
        {
            if (span[i] == ender && (!isCData || span[i..].StartsWith("]]>"u8)))
            {
                return i;
            }

            if ((span[i] < ' ' || span[i] >= 0x80 || span[i] is (byte)'&' or (byte)']') && !Note(span, i, isCData, ref facts))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Which of a block's '&lt;' (text) or ']' (CDATA) bytes ends the text first, as an offset in the block; -1 for none.</summary>
    private static int FirstEnd(ReadOnlySpan<byte> span, int block, uint enders, bool isCData)
    {
        for (; enders != 0; enders &= enders - 1)
        {
            var offset = BitOperations.TrailingZeroCount(enders);
            if (!isCData || span[(block + offset)..].StartsWith("]]>"u8))
            {
                return offset;
            }
        }

        return -1;
    }

    /// <summary>Checks one byte <see cref="ScanText"/> stopped at: false for a fault, else what it means for decoding.</summary>
    private static bool Note(ReadOnlySpan<byte> span, int at, bool isCData, ref TextFacts facts)
    {
        switch (span[at])
        {
            case >= 0x80:
                facts |= TextFacts.NonAscii;
                return true;
            case (byte)'\r':
                facts |= TextFacts.LineEnds;
                return true;
            case (byte)'\n' or (byte)'\t':
                return true;
            case < (byte)' ':
                return false;
            case (byte)'&' when !isCData:
                facts |= TextFacts.References;
                return IsReferenceAt(span[(at + 1)..]);
            case (byte)']' when !isCData:
                return !span[at..].StartsWith("]]>"u8);
            default:
                return true;
        }
    }

    /// <summary>
    /// Whether the bytes after an '&amp;' start a reference XML defines, as <see cref="DecodeInPlace"/> requires.
    /// A character reference's name is at most nine bytes ("#x" and seven digits), so the ';' is sought no further:
    /// a reference cannot contain the '&lt;' that ends its text, so this never reads past a valid one.
    /// </summary>
    private static bool IsReferenceAt(ReadOnlySpan<byte> rest)
    {
        if (rest.Length >= 4 && BinaryPrimitives.ReadUInt32LittleEndian(rest) is var word
            && ((word & 0xFF_FFFF) is LessThanEntity or GreaterThanEntity || word == AmpersandEntity))
        {
            return true; // the three escaped HTML is made of, read as one word
        }

        if (PredefinedEntity(rest) > 0)
        {
            return true;
        }

        var end = rest[..Math.Min(rest.Length, 10)].IndexOf((byte)';');
        return end >= 0 && IsCharacterReference(rest[..end]);
    }
}
