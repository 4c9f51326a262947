namespace FeedHub.Configuration;

/// <summary>
/// FeedHub:Feeds:n:Rules:m: one condition of a curated feed. Set one kind: text (Words, Phrases and/or Regex,
/// looked for in Fields), Languages, MinWords, or MaxAge. Exclude turns it into a rule that drops what it matches.
/// </summary>
public sealed class RuleOptions
{
    public bool Exclude { get; set; }

    /// <summary>title, content, author, categories, host; default title, content and categories.</summary>
    public List<string> Fields { get; set; } = [];
    public List<string> Words { get; set; } = [];
    public List<string> Phrases { get; set; } = [];
    public string? Regex { get; set; }

    /// <summary>Language tags ("en", "de-AT"); a tag also matches its subtags.</summary>
    public List<string> Languages { get; set; } = [];
    public int? MinWords { get; set; }
    public TimeSpan? MaxAge { get; set; }
}
