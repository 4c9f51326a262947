namespace FeedHub.Core.Parsing;

/// <summary>A document that is not a feed FeedHub can read; the message says why, in words an operator can act on.</summary>
public sealed class FeedParseException : Exception
{
    public FeedParseException(string message) : base(message) { }

    public FeedParseException(string message, Exception inner) : base(message, inner) { }

    public FeedParseException() { }
}
