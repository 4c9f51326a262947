namespace FeedHub.Core.Digests;

/// <summary>A link from a digest page: where it goes (an absolute path or URL) and what it says.</summary>
public sealed record DigestLink(string Url, string Label);
