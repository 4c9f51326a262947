using System.Globalization;
using System.Text.RegularExpressions;

namespace FeedHub.Core.Curation.Clustering;

/// <summary>
/// The specific facts a news story is told with, whatever the outlet's wording: numbers (amounts normalized, so
/// "£38m" and "38 million pounds" agree), proper names (runs of capitalized words, sentence starts and common words
/// aside) and the words inside quotations (as 3-word shingles, since outlets trim quotes differently).
/// </summary>
public static partial class StoryFacts
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "but", "or", "in", "on", "at", "of", "for", "to", "by", "with", "from", "as", "it", "its", "this", "that",
        "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "there", "here", "when", "while",
        "after", "before", "if", "so", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs",
        "ms", "dr", "der", "die", "das", "und", "le", "la", "les", "et", "un", "une", "des", "ein", "eine", "im", "am",
    };

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?\n:;");

    [GeneratedRegex(@"(?<!\w)[£$€]?\s?(?<n>\d{1,3}(?:[,.]\d{3})+|\d+(?:[.,]\d+)?)\s?(?<unit>bn|billion|m\b|million|k\b|thousand|%|per\s?cent|mph|km|kg|mm|cm)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"[""“„«]\s?(?<q>[^""“”„«»]{12,400}?)\s?[""”“»]", RegexOptions.CultureInvariant)]
    private static partial Regex Quote();

    [GeneratedRegex(@"[\p{L}\p{M}][\p{L}\p{M}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public static HashSet<string> Extract(string title, string text)
    {
        var facts = new HashSet<string>(StringComparer.Ordinal);
        var all = title + ".\n" + text;
        foreach (Match m in Number().Matches(all))
        {
            if (Normalize(m.Groups["n"].Value, m.Groups["unit"].Value) is { } number)
            {
                facts.Add("#" + number);
            }
        }

        AddNames(all, facts);
        foreach (Match q in Quote().Matches(text))
        {
            var words = Word().Matches(q.Groups["q"].Value).Select(w => w.Value.ToLowerInvariant()).ToList();
            for (var i = 0; i + 3 <= words.Count; i++)
            {
                facts.Add("\"" + string.Join(' ', words.Skip(i).Take(3)));
            }
        }

        return facts;
    }

    /// <summary>
    /// Runs of capitalized words. A word that starts a sentence counts only when the text also capitalizes it
    /// mid-sentence ("Finlo said..." after "...users of Finlo"), so "The" and "However" do not become names.
    /// </summary>
    private static void AddNames(string text, HashSet<string> facts)
    {
        var words = new List<(string Word, bool SentenceStart, bool Break)>();
        var sentenceStart = true;
        var previousEnd = 0;
        foreach (Match m in Word().Matches(text))
        {
            var between = text.AsSpan(previousEnd, m.Index - previousEnd);
            var endsSentence = between.IndexOfAny(SentenceEnds) >= 0;
            words.Add((m.Value, sentenceStart || endsSentence, endsSentence || between.IndexOfAny(",()") >= 0));
            sentenceStart = false;
            previousEnd = m.Index + m.Length;
        }

        var midSentence = words.Where(w => !w.SentenceStart && IsCapitalized(w.Word)).Select(w => w.Word.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var run = new List<string>();
        foreach (var (word, start, broken) in words)
        {
            if (broken)
            {
                Flush(run, facts);
            }

            if (IsCapitalized(word) && (!start || midSentence.Contains(word.ToLowerInvariant())))
            {
                run.Add(word.ToLowerInvariant());
            }
            else
            {
                Flush(run, facts);
            }
        }

        Flush(run, facts);
    }

    private static bool IsCapitalized(string word) => char.IsUpper(word[0]) && !NotNames.Contains(word);

    private static void Flush(List<string> run, HashSet<string> facts)
    {
        if (run.Count > 0)
        {
            facts.Add("@" + string.Join(' ', run));
            foreach (var word in run.Where(w => w.Length > 3))
            {
                facts.Add("@" + word); // "Island Link Ferries" and "Island Link" share "island", "link", "ferries"
            }
        }

        run.Clear();
    }

    private static string? Normalize(string digits, string unit)
    {
        var plain = digits.Replace(",", string.Empty, StringComparison.Ordinal);
        if (plain.Count(c => c == '.') > 1)
        {
            plain = plain.Replace(".", string.Empty, StringComparison.Ordinal); // 1.234.567 (European thousands)
        }

        if (!decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var scaled = unit.ToLowerInvariant() switch
        {
            "bn" or "billion" => value * 1_000_000_000m,
            "m" or "million" => value * 1_000_000m,
            "k" or "thousand" => value * 1_000m,
            _ => value,
        };
        var suffix = unit.ToLowerInvariant() switch
        {
            "%" or "per cent" or "percent" => "%",
            "mph" or "km" or "kg" or "mm" or "cm" => unit.ToLowerInvariant(),
            _ => string.Empty,
        };
        return scaled < 10 && suffix.Length == 0 ? null : scaled.ToString("0.##", CultureInfo.InvariantCulture) + suffix; // small counts say little
    }
}
