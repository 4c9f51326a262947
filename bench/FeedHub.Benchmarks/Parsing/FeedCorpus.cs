using System.Globalization;
using System.Security;
using System.Text;

namespace FeedHub.Benchmarks.Parsing;

/// <summary>
/// A generated, deterministic corpus of realistic feeds: RSS 2.0 with content:encoded, dc:creator and categories,
/// and Atom 1.0 with html content, 50 to 200 items each and a few KB of article HTML per item. Valid XML, so that
/// SyndicationFeed can read every document and the comparison measures parsing, not error handling.
/// </summary>
public static class FeedCorpus
{
    private static readonly string[] Words =
        ("harbour council bridge ferry timetable weather garden compost microbes ocean library makers festival " +
         "budget repairs cyclists commuters residents engineers research samples results season market energy " +
         "school students teachers museum exhibition volunteers river storm flood forecast election mayor").Split(' ');

    public static IReadOnlyList<byte[]> Create(int feeds, int seed = 42)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, feeds).Select(i => Encoding.UTF8.GetBytes(i % 2 == 0 ? Rss(random, i) : Atom(random, i)))];
    }

    private static string Rss(Random random, int index)
    {
        var feed = new StringBuilder();
        feed.Append(CultureInfo.InvariantCulture, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
            <channel><title>Site {index}</title><link>https://site{index}.example/</link><description>{Sentence(random, 12)}</description>
            <language>en-gb</language><lastBuildDate>Fri, 27 Nov 2026 08:00:00 +0000</lastBuildDate>
            <atom:link href="https://site{index}.example/feed/" rel="self" type="application/rss+xml"/>
            """);
        var start = new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
        var count = random.Next(50, 201);
        for (var i = 0; i < count; i++)
        {
            var date = start.AddMinutes(-37 * i).ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
            feed.Append(CultureInfo.InvariantCulture, $"""
                <item><title>{Sentence(random, 8)}</title><link>https://site{index}.example/{i}/story</link>
                <guid isPermaLink="false">https://site{index}.example/?p={i}</guid><pubDate>{date}</pubDate>
                <dc:creator><![CDATA[{Name(random)}]]></dc:creator><category><![CDATA[{Word(random)}]]></category><category><![CDATA[{Word(random)}]]></category>
                <description><![CDATA[{Sentence(random, 30)} [&#8230;]]]></description>
                <content:encoded><![CDATA[{Article(random)}]]></content:encoded></item>
                """);
        }

        return feed.Append("</channel></rss>").ToString();
    }

    private static string Atom(Random random, int index)
    {
        var feed = new StringBuilder();
        feed.Append(CultureInfo.InvariantCulture, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Blog {index}</title><subtitle>{Sentence(random, 10)}</subtitle>
            <id>tag:blog{index}.example,2026:feed</id><updated>2026-11-27T08:00:00Z</updated>
            <link rel="alternate" type="text/html" href="https://blog{index}.example/"/><link rel="self" href="https://blog{index}.example/atom.xml"/>
            <author><name>{Name(random)}</name></author>
            """);
        var start = new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
        var count = random.Next(50, 201);
        for (var i = 0; i < count; i++)
        {
            var date = start.AddMinutes(-53 * i).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            feed.Append(CultureInfo.InvariantCulture, $"""
                <entry><title type="html">{SecurityElement.Escape(Sentence(random, 7))}</title><id>tag:blog{index}.example,2026:post-{i}</id>
                <link rel="alternate" type="text/html" href="https://blog{index}.example/posts/{i}"/>
                <published>{date}</published><updated>{date}</updated><author><name>{Name(random)}</name></author>
                <category term="{Word(random)}"/><summary type="text">{Sentence(random, 25)}</summary>
                <content type="html">{SecurityElement.Escape(Article(random))}</content></entry>
                """);
        }

        return feed.Append("</feed>").ToString();
    }

    private static string Article(Random random)
    {
        var html = new StringBuilder();
        var paragraphs = random.Next(5, 12);
        for (var p = 0; p < paragraphs; p++)
        {
            if (p == 3)
            {
                html.Append(CultureInfo.InvariantCulture, $"<h2>{Sentence(random, 5)}</h2><figure><img src=\"https://cdn.example/{random.Next()}.jpg\" alt=\"{Word(random)}\" width=\"800\" height=\"450\"><figcaption>{Sentence(random, 9)}</figcaption></figure>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<p>{Sentence(random, 40)} <a href=\"https://example.org/{Word(random)}\">{Word(random)}</a> {Sentence(random, 20)}</p>\n");
        }

        return html.ToString();
    }

    private static string Sentence(Random random, int words)
    {
        var sentence = string.Join(' ', Enumerable.Range(0, words).Select(_ => Word(random)));
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }

    private static string Word(Random random) => Words[random.Next(Words.Length)];

    private static string Name(Random random) => $"{char.ToUpperInvariant(Word(random)[0])}. {char.ToUpperInvariant(Word(random)[0])}{Word(random)[1..]}";
}
