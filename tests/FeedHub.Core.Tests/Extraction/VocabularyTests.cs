using FeedHub.Core.Extraction;

namespace FeedHub.Core.Tests.Extraction;

/// <summary>The extractor's word lists as data: each loads, and each drives the rule it is for, in several languages.</summary>
public class VocabularyTests
{
    private static readonly Uri Page = new("https://news.example/story");

    private const string Story = """
        <p>The council voted on Tuesday evening to approve the new harbour plan, which sets out how the waterfront will change over the next decade, including new cycle lanes, a public square and a ferry terminal.</p>
        <p>Residents who spoke at the meeting were divided, with some welcoming the investment and others worried about traffic, noise and the loss of the old fish market, which has stood on the quay since 1902.</p>
        """;

    public static TheoryData<string> Lists() => ["read-also-prefixes", "metadata-prefixes", "ad-labels", "tagline-verbs"];

    [Theory]
    [MemberData(nameof(Lists))]
    public void Each_list_loads_without_comments_blanks_or_repeats(string list)
    {
        var words = Vocabulary.Load(list);

        Assert.True(words.Length >= 10, $"{list}: {words.Length} entries");
        Assert.DoesNotContain(words, w => w.StartsWith('#') || string.IsNullOrWhiteSpace(w) || w.Contains('\r', StringComparison.Ordinal));
        Assert.Equal(words.Length, words.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void A_trailing_underscore_is_a_space_and_verbs_are_whole_words()
    {
        Assert.Contains("written by ", Vocabulary.MetadataPrefixes);
        Assert.All(Vocabulary.TaglineVerbs, v => Assert.True(v.StartsWith(' ') && v.EndsWith(' '), v));
    }

    [Theory]
    [InlineData("<p>Advertisement</p>", "Advertisement")]
    [InlineData("<p>Anzeige</p>", "Anzeige")]
    [InlineData("<div>広告</div>", "広告")]
    [InlineData("<p>Lesen Sie auch: <a href=\"/other\">Neue Brücke für den Hafen</a></p>", "Neue Brücke")]
    [InlineData("<p>À lire aussi : <a href=\"/autre\">Le port se transforme</a></p>", "Le port se transforme")]
    [InlineData("<p>Read also: <a href=\"/other\">New bridge for the harbour</a></p>", "New bridge")]
    [InlineData("<p>Veröffentlicht am 12. März 2026</p>", "Veröffentlicht")]
    [InlineData("<p>Publié le 12 mars 2026</p>", "Publié")]
    [InlineData("<p>Written by Jane Doe</p>", "Written by")]
    public void A_labelled_line_between_paragraphs_goes_and_the_story_stays(string line, string gone)
    {
        var article = new ArticleExtractor().Extract($"<html><body><article>{Story}{line}{Story.Replace("Tuesday", "Wednesday", StringComparison.Ordinal)}</article></body></html>", Page);

        Assert.DoesNotContain(gone, article.Text, StringComparison.Ordinal);
        Assert.Contains("Wednesday evening", article.Text, StringComparison.Ordinal);
    }
}
