using System.Diagnostics.CodeAnalysis;

namespace FeedHub.Core.Model;

/// <summary>
/// A text field of a parsed item, made when first read and then kept: a ready string, or the parser's recipe for
/// one over the document's bytes (item HTML; see Parsing.Markup.DeferredHtml). Reading it twice makes it once.
/// </summary>
internal abstract class DeferredText
{
    private string? value;

    public string Value => value ??= Make();

    [return: NotNullIfNotNull(nameof(value))]
    public static DeferredText? Of(string? value) => value is null ? null : new Ready(value);

    protected abstract string Make();

    private sealed class Ready : DeferredText
    {
        public Ready(string value) => this.value = value;

        protected override string Make() => value!;
    }
}
