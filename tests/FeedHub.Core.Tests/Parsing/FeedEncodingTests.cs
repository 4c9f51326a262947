using System.Text;
using FeedHub.Core.Text;
using FeedHub.Core.Parsing;

namespace FeedHub.Core.Tests.Parsing;

public class FeedEncodingTests
{
    private const string Title = "Çà";

    static FeedEncodingTests() => CodePages.EnsureRegistered();

    private static byte[] Document(string declaredName, Encoding actual) =>
        actual.GetBytes($"<?xml version=\"1.0\" encoding=\"{declaredName}\"?><rss version=\"2.0\"><channel><title>{Title}</title></channel></rss>");

    [Theory]
    [InlineData("850", 850)]
    [InlineData("cp850", 850)]
    [InlineData("csibm863", 863)]
    [InlineData("macroman", 10000)]
    [InlineData("windows-1252", 1252)]
    [InlineData("ebcdic-cp-us", 37)]
    [InlineData("cp500", 500)]
    [InlineData("utf-16", 1201)]
    [InlineData("utf-16", 1200)]
    [InlineData("utf-32", 12000)]
    public void Declared_and_sniffed_encodings_are_honoured(string declared, int codePage)
    {
        var bytes = Document(declared, Encoding.GetEncoding(codePage));

        Assert.Equal(Title, new FeedParser().Parse(bytes).Title);
    }

    [Theory]
    [InlineData("", "koi8-r", "application/rss+xml; charset=koi8-r", "Привет, мир")] // no declaration: the header tells
    [InlineData("windows-1251", "koi8-r", "text/xml; charset=\"KOI8-R\"", "Привет, мир")] // the header overrides the declaration (RFC 7303)
    [InlineData("", "utf-8", "text/xml; charset=ISO-8859-1", "Café crème")] // UTF-8 text under a server's default charset
    [InlineData("iso-8859-1", "utf-8", "application/rss+xml; charset=utf-8", "Café crème")]
    [InlineData("utf-8", "iso-8859-1", "application/rss+xml; charset=iso-8859-1", "Café crème")] // the declaration lies, the header does not
    [InlineData("", "iso-8859-1", "application/rss+xml; charset=utf-16", "Café crème")] // an impossible header is ignored
    [InlineData("", "iso-8859-1", "application/rss+xml; charset=x-no-such-thing", "Café crème")]
    public void The_http_charset_decides_the_encoding_of_text_that_is_not_utf8(string declared, string actual, string contentType, string title)
    {
        var declaration = declared.Length == 0 ? "<?xml version=\"1.0\"?>" : $"<?xml version=\"1.0\" encoding=\"{declared}\"?>";
        var bytes = Encoding.GetEncoding(actual).GetBytes($"{declaration}<rss version=\"2.0\"><channel><title>{title}</title><item><title>{title}</title></item></channel></rss>");

        var feed = new FeedParser().Parse(bytes, null, contentType);

        Assert.Equal((title, title), (feed.Title, feed.Items[0].Title));
    }

    [Fact]
    public void Without_the_header_undeclared_koi8r_is_not_read_as_cyrillic()
    {
        var bytes = Encoding.GetEncoding("koi8-r").GetBytes("<rss version=\"2.0\"><channel><title>Привет, мир</title></channel></rss>");

        Assert.NotEqual("Привет, мир", new FeedParser().Parse(bytes).Title); // why the pipeline passes the Content-Type
        Assert.Equal("Привет, мир", new FeedParser().Parse(bytes, null, "text/xml; charset=koi8-r").Title);
    }
}
