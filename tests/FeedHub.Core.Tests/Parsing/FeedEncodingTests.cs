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
}
