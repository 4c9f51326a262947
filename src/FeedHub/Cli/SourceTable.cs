using System.Globalization;
using System.Text;

namespace FeedHub.Cli;

/// <summary>The sources as an aligned text table, one line each, for a terminal.</summary>
internal static class SourceTable
{
    private static readonly string[] Headers = ["ID", "STATE", "LAST POLL", "NEXT POLL", "ITEMS", "FULL TEXT", "LAST ERROR"];

    public static string Format(IReadOnlyList<SourceListRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var cells = rows.Select(r => new[]
        {
            r.Id,
            r.State,
            Time(r.LastPolled),
            Time(r.NextPoll),
            r.Items.ToString(CultureInfo.InvariantCulture),
            r.FullTextPercent is { } percent ? percent.ToString(CultureInfo.InvariantCulture) + " %" : "-",
            r.LastError ?? string.Empty,
        }).Prepend(Headers).ToList();
        var widths = Enumerable.Range(0, Headers.Length).Select(c => cells.Max(row => row[c].Length)).ToArray();
        var table = new StringBuilder();
        foreach (var row in cells)
        {
            table.Append(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()).Append('\n');
        }

        return table.ToString().TrimEnd('\n');
    }

    private static string Time(DateTimeOffset? time) => time is { } t ? t.ToString("u", CultureInfo.InvariantCulture) : "-";
}
