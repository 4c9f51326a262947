using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FeedHub.Core.Model;
using FeedHub.Core.Text;

namespace FeedHub.Cli;

/// <summary>Writes a parsed feed in the conformance schema (../shared/conformance/README.md): every key present, null when absent.</summary>
internal static class ParseOutput
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>The options batch mode writes with: one compact line per feed, HTML left unescaped (it is JSON, not a page).</summary>
    public static JsonWriterOptions CompactOptions => Compact;

    public static string Write(ParsedFeed feed, bool indented)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, indented ? Indented : Compact))
        {
            Write(json, feed);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the feed as one JSON value to <paramref name="json"/> (batch mode reuses one writer over standard output).</summary>
    public static void Write(Utf8JsonWriter json, ParsedFeed feed)
    {
        json.WriteStartObject();
        json.WriteString("format", FormatName(feed.Format));
        json.WriteString("title", feed.Title);
        json.WriteString("link", feed.Link);
        json.WriteString("description", feed.Description);
        json.WriteString("language", feed.Language);
        WriteTime(json, "updated", feed.Updated);
        json.WriteString("image", feed.Image);
        json.WriteString("generator", feed.Generator?.Name ?? feed.Generator?.Uri);
        if (feed.Generator is { } generator)
        {
            json.WriteStartObject("generator_detail"); // beyond the shared schema: the parts its "generator" string cannot hold
            json.WriteString("name", generator.Name);
            json.WriteString("version", generator.Version);
            json.WriteString("uri", generator.Uri);
            json.WriteEndObject();
        }

        json.WriteString("rights", feed.Rights);
        WritePeople(json, feed.Authors);
        WriteStrings(json, "categories", feed.Categories); // beyond the shared schema
        json.WriteStartArray("items");
        foreach (var item in feed.Items)
        {
            WriteItem(json, item);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string Error(string message) => JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = message }, CliJsonContext.Default.DictionaryStringString);

    private static void WriteItem(Utf8JsonWriter json, FeedItem item)
    {
        json.WriteStartObject();
        json.WriteString("id", item.Id);
        json.WriteString("title", item.Title);
        json.WriteString("link", item.Link);
        WriteTime(json, "published", item.Published);
        WriteTime(json, "updated", item.Updated);
        json.WriteString("summary", item.Summary);
        json.WriteString("content", item.Content);
        json.WriteString("comments", item.Comments);
        json.WriteString("image", item.Image); // beyond the shared schema
        WritePeople(json, item.Authors);
        WriteStrings(json, "categories", item.Categories);
        json.WriteStartArray("enclosures");
        foreach (var enclosure in item.Enclosures)
        {
            json.WriteStartObject();
            json.WriteString("url", enclosure.Url);
            json.WriteString("type", enclosure.Type);
            if (enclosure.Length is { } length)
            {
                json.WriteNumber("length", length);
            }
            else
            {
                json.WriteNull("length");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WritePeople(Utf8JsonWriter json, IReadOnlyList<Person> people)
    {
        json.WriteStartArray("authors");
        foreach (var person in people)
        {
            json.WriteStartObject();
            json.WriteString("name", person.Name);
            json.WriteString("email", person.Email);
            json.WriteString("uri", person.Uri);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? time)
    {
        if (time is { } t)
        {
            json.WriteString(name, Rfc3339.Format(t));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string FormatName(FeedFormat format) => format switch
    {
        FeedFormat.Rss20 => "rss2.0",
        FeedFormat.Rss10 => "rss1.0",
        FeedFormat.Rss09x => "rss0.9x",
        FeedFormat.Atom10 => "atom1.0",
        FeedFormat.Atom03 => "atom0.3",
        FeedFormat.Json10 => "json1.0",
        FeedFormat.Cdf => "rss0.9x", // the schema has no CDF value; CDF is the 0.9x-era channel format
        _ => "json1.1",
    };
}
