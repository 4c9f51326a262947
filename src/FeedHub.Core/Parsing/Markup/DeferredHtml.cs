using System.Security.Cryptography;
using System.Text;
using FeedHub.Core.Model;
using FeedHub.Core.Parsing.Xml;

namespace FeedHub.Core.Parsing.Markup;

/// <summary>
/// Escaped HTML the scanner left in the document (<see cref="RawText"/>), normalized when the item's field is first
/// read, exactly as <see cref="MarkupText.EscapedHtml"/> would have done during the parse.
/// </summary>
internal sealed class DeferredHtml(FeedElement element, RawText raw, Uri? documentUri) : DeferredText
{
    /// <summary>The normalized HTML depends on the bytes, on CDATA or not, and on the base its relative URLs resolve against.</summary>
    public override void AppendSource(IncrementalHash hash)
    {
        hash.AppendData(raw.IsCData ? "C"u8 : "T"u8);
        hash.AppendData(Encoding.UTF8.GetBytes(XmlReading.BaseOf(element, documentUri)?.ToString() ?? string.Empty));
        hash.AppendData("\u001f"u8);
        hash.AppendData(raw.Utf8);
    }

    protected override string Make() => MarkupText.EscapedHtml(element, documentUri) ?? string.Empty;
}
