using System.Text.Json;
using FeedHub.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FeedHub.Tests.Scheduling;

/// <summary>
/// The real Quartz scheduler cuts digests on their cron schedule: with a schedule firing every two seconds, a cut
/// digest lands in SQLite for a window ending exactly on a fire time, and the digest feed serves that stored digest.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class DigestCutJobTests
{
    [Fact]
    public async Task A_firing_schedule_stores_the_digest_the_feed_then_serves()
    {
        using var factory = new FeedHubFactory(new
        {
            Database = "feedhub.db",
            Sources = new object[] { new { Id = "harbour", Title = "Harbour Times", Path = Path.Combine(Samples.Folder, "harbour-times.rss"), FullText = false, Interval = "01:00:00" } },
            Feeds = new object[] { new { Id = "all", Title = "All", Digest = new { Cron = "0/2 * * * * ?", TimeZone = "UTC", Window = "3650.00:00:00" } } },
        });
        using var client = factory.CreateClient();
        var polled = await Samples.EventuallyAsync(() => client.GetStringAsync("/feeds/all.json"), j => JsonDocument.Parse(j).RootElement.GetProperty("items").GetArrayLength() > 0, TimeSpan.FromSeconds(30));
        Assert.True(JsonDocument.Parse(polled).RootElement.GetProperty("items").GetArrayLength() > 0, "the source was polled");

        var (end, id) = await Samples.EventuallyAsync(() => LatestCutAsync(factory.DatabasePath), cut => cut.Id is not null, TimeSpan.FromSeconds(30));

        Assert.Equal(0, end.Second % 2);
        Assert.Equal(0, end.Millisecond);
        using var feed = JsonDocument.Parse(await client.GetStringAsync("/feeds/all/digest.json"));
        Assert.Contains(id, feed.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    private static async Task<(DateTimeOffset End, string? Id)> LatestCutAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT window_end, digest_id FROM digests ORDER BY window_end DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? (DateTimeOffset.Parse(reader.GetString(0), System.Globalization.CultureInfo.InvariantCulture), reader.GetString(1))
            : (default, null);
    }
}
