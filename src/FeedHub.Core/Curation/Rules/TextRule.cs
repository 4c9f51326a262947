using System.Text.RegularExpressions;
using FeedHub.Core.Model;
using FeedHub.Core.Text;

namespace FeedHub.Core.Curation.Rules;

/// <summary>
/// Matches when any of its words (whole words), phrases (anywhere, white space folded) or its regular expression
/// is found in any of its fields; all comparisons ignore case. The expression runs with a timeout (and without
/// backtracking when the pattern allows), so no pattern can stall the service: a timed-out match counts as no match.
/// </summary>
public sealed record TextRule : CurationRule
{
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(100);

    public required IReadOnlyList<EntryField> Fields { get; init; }
    public IReadOnlyList<string> Words { get; init; } = [];
    public IReadOnlyList<string> Phrases { get; init; } = [];
    public Regex? Pattern { get; init; }

    /// <summary>Compiles a pattern the way rules run it; throws ArgumentException when it does not compile.</summary>
    public static Regex Compile(string pattern)
    {
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        try
        {
            return new Regex(pattern, options | RegexOptions.NonBacktracking, RegexTimeout);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, options, RegexTimeout); // backreferences or lookarounds: backtracking, bounded by the timeout
        }
    }

    public override bool Matches(Entry entry, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entry);
        foreach (var field in Fields)
        {
            var text = FieldText(entry, field);
            if (text is null)
            {
                continue;
            }

            if (field == EntryField.Host ? HostMatches(text) : TextMatches(text))
            {
                return true;
            }
        }

        return false;
    }

    private bool TextMatches(string text)
    {
        if (Words.Any(w => WordMatch(text, w)))
        {
            return true;
        }

        var folded = Phrases.Count == 0 ? text : TextMeasures.Normalize(text);
        return Phrases.Any(p => folded.Contains(TextMeasures.Normalize(p), StringComparison.OrdinalIgnoreCase))
            || (Pattern is not null && SafeMatch(Pattern, text));
    }

    private bool HostMatches(string host) =>
        Words.Concat(Phrases).Any(h => host.Equals(h, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase))
        || (Pattern is not null && SafeMatch(Pattern, host));

    private static bool SafeMatch(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>The word as a whole word: not preceded or followed by a letter or digit.</summary>
    private static bool WordMatch(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    private static string? FieldText(Entry entry, EntryField field) => field switch
    {
        EntryField.Title => entry.Title,
        EntryField.Content => string.Join('\n', entry.Summary, entry.ArticleText ?? entry.Content),
        EntryField.Author => entry.Author,
        EntryField.Categories => string.Join('\n', entry.Categories),
        EntryField.Host => Uri.TryCreate(entry.Link, UriKind.Absolute, out var link) ? link.IdnHost : null,
        _ => null,
    };
}
