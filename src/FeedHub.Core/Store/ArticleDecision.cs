namespace FeedHub.Core.Store;

/// <summary>An entry whose article was not used, its link, and the key of the rules that decided it (null before FeedHub stored one).</summary>
public sealed record ArticleDecision(string SourceId, string ItemKey, string Link, string? DecidedBy);
