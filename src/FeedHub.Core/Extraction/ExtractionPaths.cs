namespace FeedHub.Core.Extraction;

/// <summary>The names of the ways an article can be found, in the order the extractor tries them (reported as extraction_path).</summary>
public static class ExtractionPaths
{
    /// <summary>The operator's site rule chose the content.</summary>
    public const string SiteRule = "site-rule";

    /// <summary>The heuristic pass with every step on.</summary>
    public const string Main = "main";

    /// <summary>Retried keeping elements named as chrome.</summary>
    public const string KeepUnlikely = "relaxed-unlikely";

    /// <summary>Retried also without class weights.</summary>
    public const string NoClassWeights = "relaxed-weights";

    /// <summary>Retried also without conditional cleaning.</summary>
    public const string NoCleaning = "relaxed-cleaning";

    /// <summary>schema.org articleBody from JSON-LD.</summary>
    public const string JsonLd = "json-ld";

    /// <summary>A noscript, template or HTML-template script copy of a script-rendered body.</summary>
    public const string EmbeddedCopy = "embedded-copy";

    /// <summary>The prose of a JavaScript application's JSON state (Next.js, Arc, initial-state scripts).</summary>
    public const string AppState = "app-state";

    /// <summary>The largest run of text-dense blocks.</summary>
    public const string Density = "density";

    /// <summary>Every path, in the order they are tried.</summary>
    public static readonly IReadOnlyList<string> All = [SiteRule, Main, KeepUnlikely, NoClassWeights, NoCleaning, JsonLd, EmbeddedCopy, AppState, Density];
}
