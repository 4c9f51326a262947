using FeedHub.Core.Model;

namespace FeedHub.Core.Curation.Rules;

/// <summary>How a curated feed's include rules combine.</summary>
public enum RuleMatch
{
    /// <summary>An entry is kept when it matches at least one include rule.</summary>
    Any,

    /// <summary>An entry is kept only when it matches every include rule.</summary>
    All,
}

/// <summary>
/// A curated feed's rules: the include rules, combined with all or any (no include rules keeps everything), and
/// the exclude rules, any one of which drops an entry whatever the include rules say.
/// </summary>
public sealed record CurationRules
{
    public static readonly CurationRules KeepAll = new();

    public IReadOnlyList<CurationRule> Include { get; init; } = [];
    public IReadOnlyList<CurationRule> Exclude { get; init; } = [];
    public RuleMatch Match { get; init; }

    public bool Keeps(Entry entry, DateTimeOffset now)
    {
        var included = Include.Count == 0
            || (Match == RuleMatch.All ? Include.All(r => r.Matches(entry, now)) : Include.Any(r => r.Matches(entry, now)));
        return included && !Exclude.Any(r => r.Matches(entry, now));
    }
}
