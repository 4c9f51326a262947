using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>
/// One way of reading the article (a heuristic pass, a relaxed pass, a structured copy, the density baseline): its
/// content, the page it was taken from (still to be sanitized with it), the measures of its text and its path name.
/// </summary>
internal sealed class ExtractionCandidate(IDocument document, IElement content, TextStats stats, string path, IReadOnlyList<IElement> styles)
{
    public IDocument Document { get; } = document;

    public IElement Content { get; } = content;

    public TextStats Stats { get; } = stats;

    /// <summary>What produced the article (reported as extraction_path): see <see cref="ExtractionPaths"/>.</summary>
    public string Path { get; } = path;

    /// <summary>The page's style sheets, which go before sanitizing (the sanitizer would rewrite each).</summary>
    public IReadOnlyList<IElement> Styles { get; } = styles;

    public string Text { get; } = TextRenderer.Render(content);
}
