using System.Diagnostics.CodeAnalysis;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace FeedHub.Core.Parsing;

/// <summary>
/// A text field of a parsed item, made when first read and then kept: a ready string, or the parser's recipe for
/// one over the document's bytes (item HTML; see Markup.DeferredHtml). Reading it twice makes it once.
/// </summary>
internal abstract class DeferredText
{
    private string? value;

    public string Value => value ??= Make();

    /// <summary>Whether <see cref="Value"/> has been made (a ready text always has).</summary>
    public bool IsMade => value is not null;

    [return: NotNullIfNotNull(nameof(value))]
    public static DeferredText? Of(string? value) => value is null ? null : new Ready(value);

    /// <summary>
    /// Adds what the text is made from to <paramref name="hash"/> without making it: equal sources make equal
    /// texts (see <see cref="ItemFingerprint"/>).
    /// </summary>
    public abstract void AppendSource(XxHash128 hash);

    protected abstract string Make();

    private sealed class Ready : DeferredText
    {
        public Ready(string value) => this.value = value;

        public override void AppendSource(XxHash128 hash)
        {
            hash.Append("S"u8);
            hash.Append(MemoryMarshal.AsBytes(value.AsSpan()));
        }

        protected override string Make() => value!;
    }
}
