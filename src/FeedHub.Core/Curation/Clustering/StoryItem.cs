namespace FeedHub.Core.Curation.Clustering;

/// <summary>What clustering knows of an entry: its key, when it was published, its sketch and its facts.</summary>
public sealed record StoryItem(string Key, DateTimeOffset Published, MinHash Sketch, IReadOnlySet<string> Facts)
{
    public static StoryItem Of(string key, DateTimeOffset published, string title, string text) =>
        new(key, published, MinHash.Of(title + "\n" + text), StoryFacts.Extract(title, text));
}
