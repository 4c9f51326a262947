using System.Text;
using FeedHub.Core.Parsing;
using FeedHub.Core.Parsing.Xml;
using FeedHub.Core.Text;

namespace FeedHub.Core.Tests.Parsing;

/// <summary>
/// The fast UTF-8 scanner must give exactly the tree the System.Xml path gives, on every document it accepts:
/// the bundled samples, the golden feeds, and (when ../shared is present) the 2,242 conformance documents. It
/// must also give the same tree, and accept the same documents, whether it decodes long text at once or leaves it
/// in the document until it is read (<see cref="RawText"/>).
/// </summary>
public class FastPathParityTests
{
    public static TheoryData<string> Folders() => new(
        Path.Combine(AppContext.BaseDirectory, "samples"),
        Path.Combine(AppContext.BaseDirectory, "testdata", "golden"),
        ConformanceCorpus() ?? Path.Combine(AppContext.BaseDirectory, "testdata", "golden"));

    [Theory]
    [MemberData(nameof(Folders))]
    public void The_fast_path_reads_every_document_it_accepts_exactly_as_the_strict_path(string folder)
    {
        var files = FeedFiles(folder);
        var accepted = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            if (Utf8FeedScanner.TryLoad(bytes) is not { } fast)
            {
                continue;
            }

            accepted++;
            var strict = XmlFeedLoader.LoadStrict(bytes, 1 << 26);
            Assert.True(strict.Recovery is null, $"{file}: the fast path accepted a document the strict reader had to recover");
            Assert.Equal(Dump(strict.Root), Dump(fast));
            Assert.Equal(Dump(strict.Root), Dump(Deferred(bytes) ?? throw new Xunit.Sdk.XunitException($"{file}: accepted only when decoded at once")));
        }

        Assert.True(accepted * 2 > files.Count, $"the fast path accepted only {accepted} of {files.Count} documents in {folder}");
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Documents_in_other_encodings_take_the_fast_path_once_re_encoded_and_read_as_the_strict_path_reads_them(string folder)
    {
        CodePages.EnsureRegistered();
        var windows1252 = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var files = FeedFiles(folder);
        var transcoded = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            if (Utf8FeedScanner.TryLoad(bytes) is null)
            {
                continue;
            }

            var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
            byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];
            var variants = new List<byte[]> { utf16 };
            if (TryEncode(windows1252, Declared(text, "windows-1252")) is { } legacy)
            {
                variants.Add(legacy);
            }

            foreach (var variant in variants)
            {
                var loaded = XmlFeedLoader.Load(variant, FeedParser.DefaultMaxCharacters);
                Assert.True(HasRawText(Deferred(bytes)!) == HasRawText(loaded.Root), $"{file}: re-encoded, it did not take the fast path"); // before Dump reads (and decodes) the nodes
                Assert.Null(loaded.Recovery);
                Assert.Equal(Dump(XmlFeedLoader.LoadStrict(variant, 1 << 26).Root), Dump(loaded.Root));
                transcoded++;
            }
        }

        Assert.True(transcoded > files.Count / 2, $"only {transcoded} re-encoded documents in {folder}");
    }

    [Fact]
    public void Text_with_references_and_line_ends_at_every_distance_decodes_as_the_strict_path_decodes_it()
    {
        string[] pieces = ["&lt;", "&gt;", "&amp;", "&quot;", "&apos;", "&#65;", "&#x1F600;", "&#x001F600;", "&#0000065;", "\r\n", "\r", "\n", "é", "a", "bc", "\t"];
        var random = new Random(7);
        for (var round = 0; round < 400; round++)
        {
            var text = new StringBuilder();
            while (text.Length < random.Next(1, 300))
            {
                text.Append(random.Next(3) == 0 ? new string('x', random.Next(1, 40)) : pieces[random.Next(pieces.Length)]);
            }

            foreach (var document in (string[])[$"<r>{text}</r>", $"<r><![CDATA[{text}]]></r>", $"<r a=\"{text}\"/>"])
            {
                var bytes = Encoding.UTF8.GetBytes(document);
                var fast = Utf8FeedScanner.TryLoad(bytes);
                var deferred = Deferred(bytes);
                Assert.NotNull(fast);
                Assert.NotNull(deferred);
                var strict = XmlFeedLoader.LoadStrict(bytes, 1 << 20).Root;
                Assert.Equal(strict.Value, fast.Value);
                Assert.Equal(strict.Value, deferred.Value);
                Assert.Equal(strict.Attribute("a"), fast.Attribute("a"));
            }
        }
    }

    [Theory]
    [InlineData("<!DOCTYPE rss><rss/>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss/>")]
    [InlineData("<rss><title>&nbsp;</title></rss>")]
    [InlineData("<rss><title>a & b</title></rss>")]
    [InlineData("<rss><a></b></rss>")]
    [InlineData("<rss><dc:creator>x</dc:creator></rss>")]
    [InlineData("<rss a=\"1\" a=\"2\"/>")]
    [InlineData("<rss><title>cut")]
    [InlineData("<rss/><second/>")]
    [InlineData("<!-- a -- b --><rss/>")]
    [InlineData("<rss>&#X41;</rss>")]
    [InlineData("<rss><title>a\u0001b</title></rss>")]
    [InlineData("<rss><title><![CDATA[a\u001Fb]]></title></rss>")]
    [InlineData("<rss><ti\u0002tle>x</ti\u0002tle></rss>")]
    [InlineData("<rss\u000B a=\"1\"/>")]
    [InlineData("<rss a\u0003=\"1\"/>")]
    [InlineData("<rss a=\"\u0004\"/>")]
    [InlineData("<rss a='1'\u0005/>")]
    [InlineData("<rss></rss\u0006>")]
    [InlineData("<!-- \u0007 --><rss/>")]
    [InlineData("<rss><?pi \u0008?></rss>")]
    [InlineData("<?xml version=\"1.0\"\u000C?><rss/>")]
    [InlineData("<rss/>\u0000")]
    [InlineData("<rss><title>a ]]> b</title></rss>")]
    [InlineData("<rss><title>&#1;</title></rss>")]
    [InlineData("<rss><title>&#xD800;</title></rss>")]
    [InlineData("<rss><title>&#12345678;</title></rss>")]
    [InlineData("<rss><title>&#65</title></rss>")]
    public void The_fast_path_declines_what_it_does_not_handle(string document)
    {
        var bytes = Encoding.UTF8.GetBytes(document);
        Assert.Null(Utf8FeedScanner.TryLoad(bytes));
        Assert.Null(Deferred(bytes));
        var padded = Encoding.UTF8.GetBytes(document.Replace("<title>", "<title>" + new string('x', 300), StringComparison.Ordinal)
            .Replace("<![CDATA[", "<![CDATA[" + new string('x', 300), StringComparison.Ordinal));
        Assert.Null(Utf8FeedScanner.TryLoad(padded));
        Assert.Null(Deferred(padded));
    }

    [Fact]
    public void A_fault_anywhere_in_long_text_is_found_whether_or_not_the_text_is_decoded_at_once()
    {
        string[] faults = ["\u0001", "\u001F", "]]>", "&nbsp;", "& ", "&#0;", "&#x110000;", "&#;", "&lt"];
        var random = new Random(11);
        for (var round = 0; round < 300; round++)
        {
            var length = random.Next(1, 400);
            var text = new string('y', length);
            var at = random.Next(length + 1);
            var fault = faults[random.Next(faults.Length)];
            var faulty = text[..at] + fault + text[at..];
            foreach (var document in (string[])[$"<r>{faulty}</r>", $"<r>&amp;{faulty}&gt;</r>"])
            {
                var bytes = Encoding.UTF8.GetBytes(document);
                Assert.Null(Utf8FeedScanner.TryLoad(bytes));
                Assert.Null(Deferred(bytes));
            }

            if (fault[0] < ' ')
            {
                var cdata = Encoding.UTF8.GetBytes($"<r><![CDATA[{faulty}]]></r>");
                Assert.Null(Utf8FeedScanner.TryLoad(cdata));
                Assert.Null(Deferred(cdata));
            }

            var invalid = Encoding.UTF8.GetBytes($"<r>{text}</r>");
            invalid[3 + Math.Min(at, length - 1)] = 0xE9; // a Latin-1 byte where UTF-8 needs a sequence
            Assert.Null(Utf8FeedScanner.TryLoad(invalid));
            Assert.Null(Deferred(invalid));
        }
    }

    [Theory]
    [InlineData("<rss><title>caf\xE9</title></rss>")]
    [InlineData("<rss><title><![CDATA[caf\xE9]]></title></rss>")]
    [InlineData("<rss><ti\xE9tle>x</ti\xE9tle></rss>")]
    [InlineData("<rss a=\"caf\xE9\"/>")]
    [InlineData("<rss b\xE9=\"x\"/>")]
    [InlineData("<!-- caf\xE9 --><rss/>")]
    [InlineData("<rss><?pi caf\xE9?></rss>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"\xE9\"?><rss/>")]
    [InlineData("<rss><title>cut \xE2\x80</title></rss>")]
    public void The_fast_path_declines_bytes_that_are_not_utf8_wherever_they_are(string latin1) =>
        Assert.Null(Utf8FeedScanner.TryLoad(Encoding.Latin1.GetBytes(latin1)));

    private static List<string> FeedFiles(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Where(f => Path.GetExtension(f) is ".xml" or ".rss" or ".atom" or ".rdf").ToList();

    private static bool HasRawText(FeedElement root) => root.OnlyRawText is not null || root.Descendants().Any(e => e.OnlyRawText is not null);

    /// <summary>The document with its XML declaration naming <paramref name="encoding"/> (one is added when it has none).</summary>
    private static string Declared(string text, string encoding)
    {
        var declaration = $"<?xml version=\"1.0\" encoding=\"{encoding}\"?>";
        var start = text.TrimStart();
        return start.StartsWith("<?xml ", StringComparison.Ordinal) ? declaration + start[(start.IndexOf("?>", StringComparison.Ordinal) + 2)..] : declaration + start;
    }

    private static byte[]? TryEncode(Encoding encoding, string text)
    {
        try
        {
            return encoding.GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The fast path as FeedParser.Parse(byte[]) runs it: long text left in the document until read.</summary>
    private static FeedElement? Deferred(byte[] bytes) => Utf8FeedScanner.TryLoad(bytes, bytes);

    private static string Dump(FeedElement element)
    {
        var builder = new StringBuilder();
        Dump(element, builder);
        return builder.ToString();
    }

    private static void Dump(FeedElement element, StringBuilder builder)
    {
        builder.Append('<').Append('{').Append(element.Namespace).Append('}').Append(element.LocalName);
        foreach (var attribute in element.Attributes.OrderBy(a => a.Namespace, StringComparer.Ordinal).ThenBy(a => a.LocalName, StringComparer.Ordinal))
        {
            builder.Append(" {").Append(attribute.Namespace).Append('}').Append(attribute.LocalName).Append("=[").Append(attribute.Value).Append(']');
        }

        builder.Append('>');
        var text = new StringBuilder();
        foreach (var node in element.Nodes)
        {
            if (node is string s)
            {
                text.Append(s);
                continue;
            }

            builder.Append('[').Append(text).Append(']');
            text.Clear();
            Dump((FeedElement)node, builder);
        }

        builder.Append('[').Append(text).Append("]</").Append(element.LocalName).Append('>');
    }

    private static string? ConformanceCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FeedHub.sln")))
            {
                var corpus = Path.Combine(dir.FullName, "..", "shared", "conformance", "feedparser-tests");
                return Directory.Exists(corpus) ? corpus : null;
            }
        }

        return null;
    }
}
