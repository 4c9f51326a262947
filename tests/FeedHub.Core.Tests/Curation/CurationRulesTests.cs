using System.Diagnostics;
using FeedHub.Core.Curation.Rules;
using FeedHub.Core.Model;

namespace FeedHub.Core.Tests.Curation;

public class CurationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private static Entry Entry(string title = "Harbour bridge reopens", string? content = "<p>The bascule span, rebuilt for 41.2 million pounds, opened at dawn.</p>",
        string? author = "Ann Lee", string link = "https://www.harbour-times.example/news/1", int? words = null, int hoursOld = 1, params string[] categories) => new()
    {
        SourceId = "s",
        ItemKey = link,
        Title = title,
        Content = content,
        Author = author,
        Link = link,
        Categories = categories,
        WordCount = words,
        Published = Now.AddHours(-hoursOld),
        ContentHash = "h",
        FirstSeen = Now,
        LastChanged = Now,
    };

    private static TextRule Text(EntryField field, string[]? words = null, string[]? phrases = null, string? regex = null) => new()
    {
        Fields = [field],
        Words = words ?? [],
        Phrases = phrases ?? [],
        Pattern = regex is null ? null : TextRule.Compile(regex),
    };

    [Theory]
    [InlineData(EntryField.Title, new[] { "bridge" }, true)]
    [InlineData(EntryField.Title, new[] { "bri" }, false)]
    [InlineData(EntryField.Content, new[] { "BASCULE" }, true)]
    [InlineData(EntryField.Author, new[] { "lee" }, true)]
    [InlineData(EntryField.Categories, new[] { "transport" }, true)]
    [InlineData(EntryField.Categories, new[] { "sport" }, false)]
    [InlineData(EntryField.Host, new[] { "harbour-times.example" }, true)]
    [InlineData(EntryField.Host, new[] { "times.example" }, false)]
    public void Words_match_whole_words_in_the_chosen_field(EntryField field, string[] words, bool matches) =>
        Assert.Equal(matches, Text(field, words).Matches(Entry(categories: ["Transport", "Local"]), Now));

    [Theory]
    [InlineData("rebuilt   for 41.2", true)]
    [InlineData("for 41.3", false)]
    public void Phrases_match_anywhere_with_white_space_folded(string phrase, bool matches) =>
        Assert.Equal(matches, Text(EntryField.Content, phrases: [phrase]).Matches(Entry(), Now));

    [Theory]
    [InlineData(@"\d+(\.\d+)? million", true)]
    [InlineData(@"^harbour\b", false)]
    public void Regular_expressions_match_ignoring_case(string pattern, bool matches) =>
        Assert.Equal(matches, Text(EntryField.Content, regex: pattern).Matches(Entry(), Now));

    [Fact]
    public void A_catastrophic_pattern_cannot_stall_matching()
    {
        var rule = Text(EntryField.Title, regex: @"^(a+)+$|(\w+\s?)*\1$");
        var entry = Entry(title: new string('a', 5_000) + "!");
        var watch = Stopwatch.StartNew();

        var matches = rule.Matches(entry, Now);

        Assert.False(matches);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Minimum_words_uses_the_article_count_or_the_feed_text()
    {
        Assert.True(new MinimumWordsRule(10).Matches(Entry(), Now));
        Assert.False(new MinimumWordsRule(20).Matches(Entry(), Now));
        Assert.True(new MinimumWordsRule(20).Matches(Entry(words: 500), Now));
    }

    [Fact]
    public void Maximum_age_compares_with_the_entry_time() =>
        Assert.Equal([true, false], new[] { 2, 30 }.Select(h => new MaximumAgeRule(TimeSpan.FromDays(1)).Matches(Entry(hoursOld: h), Now)));

    [Theory]
    [InlineData("en", "en", true)]
    [InlineData("en", "EN-gb", true)]
    [InlineData("en-GB", "en-GB", true)]
    [InlineData("en-GB", "en-US", false)]
    [InlineData("en-GB", "en", false)]
    [InlineData("en", "eng", false)]
    [InlineData("de", "en-GB", false)]
    [InlineData("en", null, false)]
    public void Languages_match_a_tag_and_its_subtags(string wanted, string? language, bool matches) =>
        Assert.Equal(matches, new LanguageRule([wanted, "fr"]).Matches(Entry() with { Language = language }, Now));

    [Fact]
    public void An_entry_of_unknown_language_is_dropped_by_a_language_include_and_kept_by_a_language_exclude()
    {
        var unknown = Entry() with { Language = null };

        Assert.False(new CurationRules { Include = [new LanguageRule(["en"])] }.Keeps(unknown, Now));
        Assert.True(new CurationRules { Exclude = [new LanguageRule(["de"])] }.Keeps(unknown, Now));
        Assert.False(new CurationRules { Exclude = [new LanguageRule(["de"])] }.Keeps(unknown with { Language = "de-AT" }, Now));
    }

    [Fact]
    public void Include_rules_combine_with_any_or_all_and_an_exclude_rule_always_drops()
    {
        CurationRule bridge = Text(EntryField.Title, ["bridge"]);
        CurationRule ferry = Text(EntryField.Title, ["ferry"]);
        var entry = Entry();

        Assert.True(new CurationRules { Include = [bridge, ferry], Match = RuleMatch.Any }.Keeps(entry, Now));
        Assert.False(new CurationRules { Include = [bridge, ferry], Match = RuleMatch.All }.Keeps(entry, Now));
        Assert.True(new CurationRules { Include = [bridge, new MaximumAgeRule(TimeSpan.FromDays(1))], Match = RuleMatch.All }.Keeps(entry, Now));
        Assert.False(new CurationRules { Include = [bridge], Exclude = [Text(EntryField.Author, ["lee"])] }.Keeps(entry, Now));
        Assert.True(CurationRules.KeepAll.Keeps(entry, Now));
    }
}
