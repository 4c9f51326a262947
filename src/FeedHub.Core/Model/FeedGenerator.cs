namespace FeedHub.Core.Model;

/// <summary>
/// The software that wrote a feed: its name, version and home page, as Atom's generator (text, version, uri) and
/// RSS's generator with admin:generatorAgent give them. Any of the three may be missing.
/// </summary>
public sealed record FeedGenerator(string? Name, string? Version, string? Uri)
{
    /// <summary>The generator with these parts, or null when all three are missing.</summary>
    public static FeedGenerator? Of(string? name, string? version, string? uri) =>
        name is null && version is null && uri is null ? null : new FeedGenerator(name, version, uri);
}
