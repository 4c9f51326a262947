namespace FeedHub.Core.Model;

/// <summary>How a digest's stories are sectioned: not at all, by the leading report's source, or by the story's commonest category.</summary>
public enum DigestGrouping
{
    None,
    Source,
    Tag,
}
