using System.Text.Json;
using System.Text.Json.Nodes;
using FeedHub.Configuration;

namespace FeedHub.Tests.Configuration;

/// <summary>Sources written into an operator's file: the new text is the old text with the source inserted, nothing else moved.</summary>
public sealed class SourceFileEditorTests
{
    private static readonly JsonObject NewSource = new() { ["Id"] = "new", ["Url"] = "https://example.net/feed", ["Tags"] = new JsonArray("a", "b") };

    [Fact]
    public void Comments_order_and_indentation_stay_as_written()
    {
        const string before = """
            {
                // my FeedHub
                "FeedHub": {
                    /* polled daily */
                    "Sources": [
                        { "Id": "old", "Url": "https://example.com/feed" } // the first one
                    ],
                    "Feeds": []
                }
            }
            """;

        var after = SourceFileEditor.AddSources(before, [NewSource]);

        const string expected = """
            {
                // my FeedHub
                "FeedHub": {
                    /* polled daily */
                    "Sources": [
                        { "Id": "old", "Url": "https://example.com/feed" }, // the first one
                        {
                            "Id": "new",
                            "Url": "https://example.net/feed",
                            "Tags": [
                                "a",
                                "b"
                            ]
                        }
                    ],
                    "Feeds": []
                }
            }
            """;
        Assert.Equal(expected, after);
    }

    [Theory]
    [InlineData("{\n  \"FeedHub\": {\n    \"Sources\": []\n  }\n}\n", "{\n  \"FeedHub\": {\n    \"Sources\": [\n      {\"Id\":\"x\"}\n    ]\n  }\n}\n")]
    [InlineData("{\n  \"FeedHub\": {\n    \"Database\": \"a.db\"\n  }\n}\n", "{\n  \"FeedHub\": {\n    \"Database\": \"a.db\",\n    \"Sources\": [\n      {\"Id\":\"x\"}\n    ]\n  }\n}\n")]
    [InlineData("{\n  \"Logging\": {}\n}\n", "{\n  \"Logging\": {},\n  \"FeedHub\": {\n    \"Sources\": [\n      {\"Id\":\"x\"}\n    ]\n  }\n}\n")]
    [InlineData("{\n\t\"FeedHub\": {\n\t\t\"Sources\": [\n\t\t\t{\"Id\":\"o\"},\n\t\t]\n\t}\n}", "{\n\t\"FeedHub\": {\n\t\t\"Sources\": [\n\t\t\t{\"Id\":\"o\"},\n\t\t\t{\"Id\":\"x\"}\n\t\t]\n\t}\n}")]
    [InlineData("{\r\n  \"feedhub\": { \"sources\": [ {\"Id\":\"o\"} ] }\r\n}", "{\r\n  \"feedhub\": { \"sources\": [ {\"Id\":\"o\"},\r\n    {\"Id\":\"x\"} ] }\r\n}")]
    [InlineData("", "{\n  \"FeedHub\": {\n    \"Sources\": [\n      {\"Id\":\"x\"}\n    ]\n  }\n}\n")]
    public void The_source_goes_where_the_file_keeps_its_sources(string before, string expected)
    {
        // A one-key source prints on one line once the indentation is taken out, so the cases read as they are written.
        var after = SourceFileEditor.AddSources(before, [new JsonObject { ["Id"] = "x" }]);

        Assert.Equal(expected, Compact(after, "{\"Id\":\"x\"}"));
        Assert.Equal("x", Sources(after)[^1]);
    }

    [Fact]
    public void Text_before_the_insertion_point_may_hold_any_characters()
    {
        const string before = "{ \"FeedHub\": { \"Title\": \"Zürich 日本 🎉\", \"Sources\": [ {\"Id\":\"o\"} ] } }";

        var after = SourceFileEditor.AddSources(before, [new JsonObject { ["Id"] = "x" }, new JsonObject { ["Id"] = "y" }]);

        Assert.StartsWith("{ \"FeedHub\": { \"Title\": \"Zürich 日本 🎉\", \"Sources\": [ {\"Id\":\"o\"},", after, StringComparison.Ordinal);
        Assert.Equal(["o", "x", "y"], Sources(after));
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("{ \"FeedHub\": ")]
    public void A_file_that_is_not_a_json_object_is_refused_in_words(string before)
    {
        var e = Assert.Throws<ConfigurationException>(() => SourceFileEditor.AddSources(before, [NewSource]));

        Assert.Contains("configuration file", e.Message, StringComparison.Ordinal);
    }

    private static string[] Sources(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var feedHub = document.RootElement.EnumerateObject().Single(p => p.Name.Equals("FeedHub", StringComparison.OrdinalIgnoreCase)).Value;
        var sources = feedHub.EnumerateObject().Single(p => p.Name.Equals("Sources", StringComparison.OrdinalIgnoreCase)).Value;
        return [.. sources.EnumerateArray().Select(s => s.GetProperty("Id").GetString()!)];
    }

    /// <summary>The text with the written source's own lines joined back into <paramref name="compact"/>.</summary>
    private static string Compact(string text, string compact)
    {
        var start = text.LastIndexOf('{', text.IndexOf("\"x\"", StringComparison.Ordinal));
        var end = text.IndexOf('}', start) + 1;
        return text[..start] + compact + text[end..];
    }
}
