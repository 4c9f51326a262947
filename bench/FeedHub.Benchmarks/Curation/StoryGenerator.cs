using System.Globalization;
using FeedHub.Core.Curation.Clustering;

namespace FeedHub.Benchmarks.Curation;

/// <summary>
/// Generated news items for the clustering benchmark: stories of 1 to 4 reports published within a day, each report
/// in its own words (a shared vocabulary) with the story's facts (names, amounts), spread over a year of time.
/// </summary>
public static class StoryGenerator
{
    private static readonly string[] Vocabulary = [.. Enumerable.Range(0, 5_000).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture))];
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static StoryItem Item(Random random, int index)
    {
        var story = index / 3;
        var storyRandom = new Random(story);
        var published = Start.AddMinutes(story * 5.0 + random.Next(0, 600));
        var facts = string.Join(' ', Enumerable.Range(0, 6).Select(_ => $"Name{storyRandom.Next(200_000)} Place{storyRandom.Next(50_000)} {storyRandom.Next(100, 100_000)}"));
        var words = string.Join(' ', Enumerable.Range(0, 180).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));
        return StoryItem.Of("item-" + index.ToString(CultureInfo.InvariantCulture), published, "Title of story " + story.ToString(CultureInfo.InvariantCulture), "It said that " + facts + ". " + words);
    }
}
