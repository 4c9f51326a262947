using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FeedHub.Core.Text;

/// <summary>
/// What the extractor counts in a text, in one pass: its length with white-space runs folded to one character
/// (leading white space not counted), its words (runs of non-white-space) and its commas (Latin, Arabic and CJK).
/// The text of every scored element and of every extracted article goes through here, so ASCII stretches are
/// counted 32 characters at a time with bit masks; any other stretch is counted character by character with
/// <see cref="char.IsWhiteSpace(char)"/>, which is also the definition the vector path reproduces. Hand-written
/// because no library counts folded length, words and commas together.
/// </summary>
internal readonly record struct TextCounts(int Folded, int Words, int Commas)
{
    private const int Block = 32;

    public static TextCounts Of(ReadOnlySpan<char> text)
    {
        var (folded, words, commas) = (0, 0, 0);
        var previousIsSpace = true; // the start counts as white space: no leading run, and a word may begin at once
        var at = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var (tab, span, space, comma, ascii) = (Vector256.Create((byte)'\t'), Vector256.Create((byte)('\r' - '\t')), Vector256.Create((byte)' '),
                Vector256.Create((byte)','), Vector256.Create((ushort)0xFF80));
            ref var start = ref MemoryMarshal.GetReference(text);
            for (; at + Block <= text.Length; at += Block)
            {
                var low = Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref start), (nuint)at);
                var high = Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref start), (nuint)(at + 16));
                if (((low | high) & ascii) != Vector256<ushort>.Zero)
                {
                    Scalar(text.Slice(at, Block), ref folded, ref words, ref commas, ref previousIsSpace);
                    continue;
                }

                var bytes = Vector256.Narrow(low, high);
                var isSpace = Vector256.Equals(bytes, space) | Vector256.LessThanOrEqual(bytes - tab, span);
                var spaces = isSpace.ExtractMostSignificantBits();
                var letters = ~spaces;
                var spaceBefore = (spaces << 1) | (previousIsSpace ? 1u : 0u);
                folded += BitOperations.PopCount(letters) + BitOperations.PopCount(spaces & ~spaceBefore);
                words += BitOperations.PopCount(letters & spaceBefore);
                commas += BitOperations.PopCount(Vector256.Equals(bytes, comma).ExtractMostSignificantBits());
                previousIsSpace = (spaces >> (Block - 1)) != 0;
            }
        }

        Scalar(text[at..], ref folded, ref words, ref commas, ref previousIsSpace);
        return new TextCounts(folded, words, commas);
    }

    private static void Scalar(ReadOnlySpan<char> text, ref int folded, ref int words, ref int commas, ref bool previousIsSpace)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                folded += previousIsSpace ? 0 : 1;
                previousIsSpace = true;
                continue;
            }

            folded++;
            words += previousIsSpace ? 1 : 0;
            commas += c is ',' or '،' or '、' or '，' ? 1 : 0;
            previousIsSpace = false;
        }
    }
}
