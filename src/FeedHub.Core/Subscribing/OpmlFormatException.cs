namespace FeedHub.Core.Subscribing;

/// <summary>A file that cannot be read as OPML: not well-formed XML, or a root other than &lt;opml&gt;.</summary>
public sealed class OpmlFormatException : Exception
{
    public OpmlFormatException() { }

    public OpmlFormatException(string message) : base(message) { }

    public OpmlFormatException(string message, Exception inner) : base(message, inner) { }
}
