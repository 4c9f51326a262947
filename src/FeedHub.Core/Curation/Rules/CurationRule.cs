using FeedHub.Core.Model;

namespace FeedHub.Core.Curation.Rules;

/// <summary>One condition of a curated feed; whether it includes or excludes is decided by the list it is in.</summary>
public abstract record CurationRule
{
    /// <summary>Where the rule came from in configuration ("FeedHub:Feeds:0:Rules:2"), for messages.</summary>
    public string Name { get; init; } = string.Empty;

    public abstract bool Matches(Entry entry, DateTimeOffset now);
}
