using System.Diagnostics;
using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;

namespace FeedHub.Benchmarks.Parsing;

/// <summary>
/// `-- syndication-batch LIST`: SyndicationFeed behind `feedhub parse --batch`'s contract, for bench/parse-batch.sh.
/// Each path is read, parsed by Rss20FeedFormatter or Atom10FeedFormatter, every field of the shared schema is read
/// (content:encoded and comments through the extension API, as SyndicationFeed offers no other way) and one JSON line
/// is written, so both sides pay for the same fields in and out. Prints batch_parse_seconds on stderr like FeedHub.
/// </summary>
public static class SyndicationBatch
{
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";

    public static void Run(string list)
    {
        // Written as FeedHub's batch mode writes: one reused writer over buffered standard output, HTML unescaped.
        using var stdout = Console.OpenStandardOutput();
        using var output = new BufferedStream(stdout, 1 << 16);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var clock = new Stopwatch();
        foreach (var path in File.ReadAllLines(list).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var bytes = File.ReadAllBytes(path);
            clock.Start();
            try
            {
                Write(json, FeedParsingBenchmarks.Read(bytes));
                json.Flush();
            }
            catch (Exception e) when (e is XmlException or InvalidOperationException or NotSupportedException or FormatException)
            {
                json.Reset();
                output.Write(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = e.Message })));
            }

            clock.Stop();
            json.Reset();
            output.WriteByte((byte)'\n');
        }

        output.Flush();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"batch_parse_seconds={clock.Elapsed.TotalSeconds:0.000}"));
    }

    private static void Write(Utf8JsonWriter json, SyndicationFeed feed)
    {
        json.WriteStartObject();
        json.WriteString("format", feed.Items.Any() && feed.Items.First().Content is not null ? "atom1.0" : "rss2.0");
        json.WriteString("title", feed.Title?.Text);
        json.WriteString("link", feed.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri.AbsoluteUri);
        json.WriteString("description", feed.Description?.Text);
        json.WriteString("language", feed.Language);
        WriteTime(json, "updated", feed.LastUpdatedTime);
        json.WriteString("image", feed.ImageUrl?.AbsoluteUri);
        json.WriteString("generator", feed.Generator);
        json.WriteString("rights", feed.Copyright?.Text);
        WritePeople(json, feed.Authors);
        json.WriteStartArray("items");
        foreach (var item in feed.Items)
        {
            WriteItem(json, item);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteItem(Utf8JsonWriter json, SyndicationItem item)
    {
        json.WriteStartObject();
        json.WriteString("id", item.Id);
        json.WriteString("title", item.Title?.Text);
        json.WriteString("link", item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri.AbsoluteUri);
        WriteTime(json, "published", item.PublishDate);
        WriteTime(json, "updated", item.LastUpdatedTime);
        json.WriteString("summary", item.Summary?.Text);
        var content = item.Content is TextSyndicationContent text ? text.Text
            : item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentNs).FirstOrDefault();
        json.WriteString("content", content);
        json.WriteString("comments", item.ElementExtensions.ReadElementExtensions<string>("comments", string.Empty).FirstOrDefault());
        WritePeople(json, item.Authors);
        json.WriteStartArray("categories");
        foreach (var category in item.Categories)
        {
            json.WriteStringValue(category.Name);
        }

        json.WriteEndArray();
        json.WriteStartArray("enclosures");
        foreach (var link in item.Links.Where(l => l.RelationshipType == "enclosure"))
        {
            json.WriteStartObject();
            json.WriteString("url", link.Uri.AbsoluteUri);
            json.WriteString("type", link.MediaType);
            json.WriteNumber("length", link.Length);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePeople(Utf8JsonWriter json, IEnumerable<SyndicationPerson> people)
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

    private static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset time)
    {
        if (time == default)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }
    }
}
