using FeedHub.Core.Text;

namespace FeedHub.Core.Tests.Extraction;

/// <summary>The vectorized counts must equal the plain definition, character by character, on any text.</summary>
public class TextCountsTests
{
    [Theory]
    [InlineData("", 0, 0, 0)]
    [InlineData("   ", 0, 0, 0)]
    [InlineData("one", 3, 1, 0)]
    [InlineData("  one  two  ", 8, 2, 0)]
    [InlineData("a, b,c", 6, 2, 2)]
    [InlineData("قال، ثم", 7, 2, 1)]
    [InlineData("東京、大阪，名古屋", 9, 1, 2)]
    public void Counts_folded_length_words_and_commas(string text, int folded, int words, int commas)
    {
        Assert.Equal(new TextCounts(folded, words, commas), TextCounts.Of(text));
    }

    [Fact]
    public void Every_ascii_character_and_block_boundary_counts_as_the_plain_definition_does()
    {
        // Every ASCII character (control characters included) in random runs long enough to cross many
        // 32-character blocks, mixed with non-ASCII white space and commas that send a block to the slow path.
        var random = new Random(20261128);
        var alphabet = Enumerable.Range(0, 128).Select(c => (char)c).Concat(" ,\t\n".ToCharArray()).ToArray();
        var rare = new[] { '\u00A0', '\u2009', '\u3000', '\u0085', '،', '、', '，', 'é', '字' };
        for (var sample = 0; sample < 2000; sample++)
        {
            var text = new char[random.Next(0, 200)];
            for (var i = 0; i < text.Length; i++)
            {
                text[i] = random.Next(40) == 0 ? rare[random.Next(rare.Length)] : alphabet[random.Next(alphabet.Length)];
            }

            Assert.Equal(Reference(text), TextCounts.Of(text));
        }
    }

    private static TextCounts Reference(ReadOnlySpan<char> text)
    {
        var (folded, words, commas, inSpace) = (0, 0, 0, true);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                folded += inSpace ? 0 : 1;
                inSpace = true;
            }
            else
            {
                folded++;
                words += inSpace ? 1 : 0;
                commas += c is ',' or '،' or '、' or '，' ? 1 : 0;
                inSpace = false;
            }
        }

        return new TextCounts(folded, words, commas);
    }
}
