using System.IO.Hashing;
using System.Runtime.InteropServices;
using FeedHub.Core.Parsing.Xml;

namespace FeedHub.Core.Parsing.Markup;

/// <summary>
/// Escaped HTML the scanner left in the document (<see cref="RawText"/>), normalized when the item's field is first
/// read, exactly as <see cref="MarkupText.EscapedHtml"/> would have done during the parse.
/// </summary>
internal sealed class DeferredHtml(FeedElement element, RawText raw, Uri? documentUri) : DeferredText
{
    /// <summary>The normalized HTML depends on the bytes, on CDATA or not, and on the base its relative URLs resolve against.</summary>
    public override void AppendSource(XxHash128 hash)
    {
        hash.Append(raw.IsCData ? "C"u8 : "T"u8);
        hash.Append(MemoryMarshal.AsBytes((XmlReading.BaseOf(element, documentUri)?.ToString() ?? string.Empty).AsSpan()));
        hash.Append("\u001f"u8);
        hash.Append(raw.Utf8);
    }

    protected override string Make() => MarkupText.EscapedHtml(element, documentUri) ?? string.Empty;
}
