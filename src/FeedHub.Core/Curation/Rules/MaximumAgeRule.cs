using FeedHub.Core.Model;

namespace FeedHub.Core.Curation.Rules;

/// <summary>Matches entries no older than this (by published date, else updated, else first seen).</summary>
public sealed record MaximumAgeRule(TimeSpan Age) : CurationRule
{
    public override bool Matches(Entry entry, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return now - entry.SortTime <= Age;
    }
}
