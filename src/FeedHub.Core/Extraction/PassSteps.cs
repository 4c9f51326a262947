namespace FeedHub.Core.Extraction;

/// <summary>
/// The eager steps of a heuristic pass. The first pass runs them all; when it finds too little text, the extractor
/// runs again with one more of them turned off, in this order (Readability.js's flags): chrome removal by name first,
/// then class weights, then conditional cleaning of the assembled article.
/// </summary>
[Flags]
internal enum PassSteps
{
    None = 0,

    /// <summary>Remove elements named as chrome (share, related, sidebar…) and page-level header, footer and aside before scoring.</summary>
    StripUnlikely = 1,

    /// <summary>Let class and id names raise or lower a candidate's score, and count a chrome name against a block when cleaning.</summary>
    WeighClasses = 2,

    /// <summary>Drop link-heavy, empty or chrome-named blocks from the assembled article.</summary>
    CleanConditionally = 4,

    All = StripUnlikely | WeighClasses | CleanConditionally,
}
