using FeedHub.Core.Model;
using FeedHub.Core.Text;

namespace FeedHub.Core.Curation.Rules;

/// <summary>Matches entries with at least this many words (the article's when extracted, else the feed's text).</summary>
public sealed record MinimumWordsRule(int Words) : CurationRule
{
    public override bool Matches(Entry entry, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var count = entry.WordCount ?? TextMeasures.CountWords(entry.PlainText());
        return count >= Words;
    }
}
