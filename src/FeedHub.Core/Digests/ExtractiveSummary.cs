using System.Text.RegularExpressions;
using FeedHub.Core.Text;

namespace FeedHub.Core.Digests;

/// <summary>
/// Picks an article's most central sentences, TextRank-style and without any external service: sentences are
/// nodes, edges weigh the words two sentences share (normalized by their lengths), a few rounds of PageRank give
/// each sentence its centrality, and a small bonus for the lead sentence reflects how news is written. The chosen
/// sentences are returned in their original order.
/// </summary>
public static partial class ExtractiveSummary
{
    private const double Damping = 0.85;
    private const int Rounds = 30;
    private const double LeadBonus = 0.15;

    [GeneratedRegex(@"(?<=[.!?。！？])[""”’»)]*\s+(?=[\p{Lu}\p{Lo}""“‘«(0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    public static IReadOnlyList<string> Sentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. text.Split("\n\n").SelectMany(block => SentenceBreak().Split(block.Trim()))
            .Select(TextMeasures.Normalize)
            .Where(s => Shingles.Tokens(s).Count >= 4)];
    }

    /// <summary>The <paramref name="count"/> most central sentences, in text order (fewer when the text has fewer).</summary>
    public static IReadOnlyList<string> Summarize(string text, int count = 2)
    {
        var sentences = Sentences(text);
        if (sentences.Count <= count)
        {
            return sentences;
        }

        var words = sentences.Select(s => Shingles.Tokens(s).Where(t => t.Length > 3).ToHashSet(StringComparer.Ordinal)).ToList();
        var rank = Centrality(words);
        return [.. Enumerable.Range(0, sentences.Count)
            .OrderByDescending(i => rank[i] + (i == 0 ? LeadBonus : 0))
            .Take(count)
            .Order()
            .Select(i => sentences[i])];
    }

    private static double[] Centrality(List<HashSet<string>> words)
    {
        var n = words.Count;
        var weights = new double[n, n];
        var outgoing = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var shared = words[i].Count(words[j].Contains);
                var w = shared == 0 ? 0 : shared / (Math.Log(words[i].Count + 1) + Math.Log(words[j].Count + 1));
                weights[i, j] = weights[j, i] = w;
                outgoing[i] += w;
                outgoing[j] += w;
            }
        }

        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            var next = new double[n];
            for (var i = 0; i < n; i++)
            {
                var sum = 0.0;
                for (var j = 0; j < n; j++)
                {
                    sum += outgoing[j] > 0 ? weights[j, i] / outgoing[j] * rank[j] : 0;
                }

                next[i] = ((1 - Damping) / n) + (Damping * sum);
            }

            rank = next;
        }

        var max = rank.Max();
        return [.. rank.Select(r => max > 0 ? r / max : 0)];
    }
}
