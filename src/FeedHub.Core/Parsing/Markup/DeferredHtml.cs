using FeedHub.Core.Model;
using FeedHub.Core.Parsing.Xml;

namespace FeedHub.Core.Parsing.Markup;

/// <summary>
/// Escaped HTML the scanner left in the document (<see cref="RawText"/>), normalized when the item's field is first
/// read, exactly as <see cref="MarkupText.EscapedHtml"/> would have done during the parse.
/// </summary>
internal sealed class DeferredHtml(FeedElement element, Uri? documentUri) : DeferredText
{
    protected override string Make() => MarkupText.EscapedHtml(element, documentUri) ?? string.Empty;
}
