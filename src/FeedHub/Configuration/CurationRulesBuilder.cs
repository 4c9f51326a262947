using FeedHub.Core.Curation.Rules;

namespace FeedHub.Configuration;

/// <summary>
/// Turns a curated feed's rule options into <see cref="CurationRules"/>, reporting each mistake with its key and
/// the feed's id: a rule of no kind or of two kinds, an unknown field, a regular expression that does not compile.
/// </summary>
internal static class CurationRulesBuilder
{
    private static readonly IReadOnlyList<EntryField> DefaultFields = [EntryField.Title, EntryField.Content, EntryField.Categories];

    public static CurationRules Build(CuratedFeedOptions feed, string key, List<string> failures)
    {
        var include = new List<CurationRule>();
        var exclude = new List<CurationRule>();
        if (feed.Include.Count > 0)
        {
            include.Add(new TextRule { Name = key + ":Include", Fields = DefaultFields, Phrases = feed.Include });
        }

        if (feed.Exclude.Count > 0)
        {
            exclude.Add(new TextRule { Name = key + ":Exclude", Fields = DefaultFields, Phrases = feed.Exclude });
        }

        for (var i = 0; i < feed.Rules.Count; i++)
        {
            var rule = Rule(feed.Rules[i], $"{key}:Rules:{i}", feed.Id, failures);
            if (rule is not null)
            {
                (feed.Rules[i].Exclude ? exclude : include).Add(rule);
            }
        }

        if (!Enum.TryParse<RuleMatch>(feed.Match, ignoreCase: true, out var match))
        {
            failures.Add($"{key}:Match: '{feed.Match}' must be \"any\" or \"all\" (feed '{feed.Id}')");
        }

        return new CurationRules { Include = include, Exclude = exclude, Match = match };
    }

    private static CurationRule? Rule(RuleOptions options, string key, string? feedId, List<string> failures)
    {
        var isText = options.Words.Count > 0 || options.Phrases.Count > 0 || options.Regex is not null;
        var kinds = (isText ? 1 : 0) + (options.Languages.Count > 0 ? 1 : 0) + (options.MinWords is null ? 0 : 1) + (options.MaxAge is null ? 0 : 1);
        if (kinds != 1)
        {
            failures.Add($"{key}: set exactly one of Words/Phrases/Regex, Languages, MinWords or MaxAge (feed '{feedId}')");
            return null;
        }

        if (options.Languages.Count > 0)
        {
            var tags = options.Languages.Select(l => Core.Text.LanguageTag.Normalize(l) ?? string.Empty).ToList();
            return tags.Find(t => !Core.Text.LanguageTag.IsWellFormed(t)) is { } bad
                ? Fail(failures, $"{key}:Languages: '{bad}' is not a language tag such as \"en\" or \"de-AT\" (feed '{feedId}')")
                : new LanguageRule(tags) { Name = key };
        }

        if (options.MinWords is { } words)
        {
            return words < 0 ? Fail(failures, $"{key}:MinWords: {words} is negative (feed '{feedId}')") : new MinimumWordsRule(words) { Name = key };
        }

        if (options.MaxAge is { } age)
        {
            return age <= TimeSpan.Zero ? Fail(failures, $"{key}:MaxAge: must be positive (feed '{feedId}')") : new MaximumAgeRule(age) { Name = key };
        }

        var fields = new List<EntryField>();
        foreach (var name in options.Fields)
        {
            if (Enum.TryParse<EntryField>(name, ignoreCase: true, out var field) && Enum.IsDefined(field))
            {
                fields.Add(field);
            }
            else
            {
                failures.Add($"{key}:Fields: unknown field '{name}'; use title, content, author, categories or host (feed '{feedId}')");
            }
        }

        System.Text.RegularExpressions.Regex? pattern = null;
        if (options.Regex is not null)
        {
            try
            {
                pattern = TextRule.Compile(options.Regex);
            }
            catch (ArgumentException e)
            {
                return Fail(failures, $"{key}:Regex: '{options.Regex}' does not compile: {e.Message} (feed '{feedId}')");
            }
        }

        return new TextRule
        {
            Name = key,
            Fields = fields.Count > 0 ? fields : DefaultFields,
            Words = options.Words,
            Phrases = options.Phrases,
            Pattern = pattern,
        };
    }

    private static CurationRule? Fail(List<string> failures, string message)
    {
        failures.Add(message);
        return null;
    }
}
