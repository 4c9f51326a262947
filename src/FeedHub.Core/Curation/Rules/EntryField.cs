namespace FeedHub.Core.Curation.Rules;

/// <summary>The parts of an entry a text rule can look at.</summary>
public enum EntryField
{
    Title,

    /// <summary>The article text when one was extracted, otherwise the feed's summary and content.</summary>
    Content,
    Author,
    Categories,

    /// <summary>The host of the entry's link (example.com matches www.example.com too).</summary>
    Host,
}
