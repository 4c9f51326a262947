using System.Text.Encodings.Web;
using System.Text.Json;
using FeedHub.Core.Text;

namespace FeedHub.Core.Publishing;

/// <summary>Writes JSON Feed 1.1 with Utf8JsonWriter: feed_url is the served URL, dates are RFC 3339, content is content_html.</summary>
public static class JsonFeedWriter
{
    public static byte[] Write(PublishedFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", feed.Title);
            json.WriteString("home_page_url", feed.HomeUrl.AbsoluteUri);
            json.WriteString("feed_url", feed.SelfUrl.AbsoluteUri);
            if (feed.Description is not null)
            {
                json.WriteString("description", feed.Description);
            }

            if (feed.Language is not null)
            {
                json.WriteString("language", feed.Language);
            }

            if (feed.Archive?.PrevArchive is { } older)
            {
                json.WriteString("next_url", older.AbsoluteUri); // JSON Feed's way to the older items
            }

            if (feed.Hubs.Count > 0)
            {
                json.WriteStartArray("hubs");
                foreach (var hub in feed.Hubs)
                {
                    json.WriteStartObject();
                    json.WriteString("type", "WebSub");
                    json.WriteString("url", hub.AbsoluteUri);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteStartArray("items");
            foreach (var item in feed.Items)
            {
                WriteItem(json, item);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteItem(Utf8JsonWriter json, PublishedItem item)
    {
        json.WriteStartObject();
        json.WriteString("id", item.Id);
        if (item.Link is not null)
        {
            json.WriteString("url", item.Link);
        }

        json.WriteString("title", item.Title);
        json.WriteString("content_html", item.ContentHtml);
        if (item.Summary is not null)
        {
            json.WriteString("summary", item.Summary);
        }

        if (item.Language is not null)
        {
            json.WriteString("language", item.Language);
        }

        json.WriteString("date_published", Rfc3339.Format(item.Published));
        json.WriteString("date_modified", Rfc3339.Format(item.Updated));
        if (item.Author is not null)
        {
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", item.Author);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (item.OtherReports.Count > 0)
        {
            json.WriteStartObject("_feedhub");
            json.WriteStartArray("other_reports");
            foreach (var report in item.OtherReports)
            {
                json.WriteStartObject();
                json.WriteString("source", report.SourceTitle);
                json.WriteString("url", report.Link);
                json.WriteString("first_seen", Rfc3339.Format(report.FirstSeen));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        if (item.Categories.Count > 0)
        {
            json.WriteStartArray("tags");
            foreach (var tag in item.Categories.Distinct())
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

}
