using FeedHub.Core.Model;

namespace FeedHub.Core.Curation.Rules;

/// <summary>
/// Matches entries in one of these languages. A tag matches itself and its subtags ("en" matches "en-GB", "en-GB"
/// matches only British English), compared without case. An entry whose page and feed declare no language matches
/// no language rule: an include rule drops it and an exclude rule keeps it.
/// </summary>
public sealed record LanguageRule(IReadOnlyList<string> Languages) : CurationRule
{
    public override bool Matches(Entry entry, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Language is { } language && Languages.Any(wanted => Covers(wanted, language));
    }

    private static bool Covers(string wanted, string language) =>
        language.StartsWith(wanted, StringComparison.OrdinalIgnoreCase)
        && (language.Length == wanted.Length || language[wanted.Length] == '-');
}
