using System.Globalization;
using System.Text;

namespace FeedHub.Core.Text;

/// <summary>
/// Word tokens and token n-gram shingles, and the shingle overlap of two texts: the measure used to score
/// extraction against hand-made expected text (precision, recall, F1 of 4-shingles) and to compare an extraction
/// with the feed's own text. Tokens are lower-cased runs of letters and digits; each CJK character (which is
/// written without spaces) is a token of its own, so Chinese and Japanese text shingles meaningfully.
/// </summary>
public static class Shingles
{
    public static List<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsIdeographic(rune))
            {
                Flush(tokens, current);
                tokens.Add(rune.ToString());
            }
            else if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                current.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else
            {
                Flush(tokens, current);
            }
        }

        Flush(tokens, current);
        return tokens;
    }

    /// <summary>The multiset of n-token shingles (a text shorter than n gives one shingle of all its tokens).</summary>
    public static Dictionary<string, int> Of(string text, int n = 4)
    {
        var tokens = Tokens(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return shingles;
        }

        for (var i = 0; i + n <= Math.Max(tokens.Count, n); i++)
        {
            var key = string.Join(' ', tokens.Skip(i).Take(n));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    /// <summary>Precision, recall and F1 of <paramref name="actual"/>'s shingles against <paramref name="expected"/>'s.</summary>
    public static (double Precision, double Recall, double F1) Overlap(string expected, string actual, int n = 4)
    {
        var want = Of(expected, n);
        var got = Of(actual, n);
        var common = got.Sum(g => Math.Min(g.Value, want.GetValueOrDefault(g.Key)));
        var precision = got.Count == 0 ? (want.Count == 0 ? 1 : 0) : (double)common / got.Values.Sum();
        var recall = want.Count == 0 ? 1 : (double)common / want.Values.Sum();
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    private static bool IsIdeographic(Rune rune) =>
        rune.Value is (>= 0x3040 and <= 0x30FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF);

    private static void Flush(List<string> tokens, StringBuilder current)
    {
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
            current.Clear();
        }
    }
}
