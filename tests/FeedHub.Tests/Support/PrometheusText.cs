using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FeedHub.Tests.Support;

/// <summary>
/// A strict reader of the Prometheus text exposition format (version 0.0.4, what /metrics serves as
/// text/plain; version=0.0.4), written here because NuGet has no maintained .NET parser of the format: the .NET
/// Prometheus libraries write it and never read it. Anything the format does not allow is a
/// <see cref="FormatException"/> naming the line: a metric or label name outside the grammar, a reserved (__) label,
/// an escape other than \\ \" \n, a value that is not a Go float (+Inf, -Inf and NaN included), a second TYPE or HELP
/// for a name, a TYPE after the family's samples, a family split in two groups, a series given twice, a negative
/// counter, a missing final line feed; and for each histogram series, buckets whose bounds do not rise or whose counts
/// fall, or whose +Inf bucket is missing or differs from _count, or no _sum or _count.
/// </summary>
public sealed partial class PrometheusText
{
    private static readonly string[] Types = ["counter", "gauge", "histogram", "summary", "untyped"];

    private readonly Dictionary<string, MetricFamily> families = new(StringComparer.Ordinal);

    /// <summary>The names that had a TYPE line.</summary>
    private readonly HashSet<string> typed = new(StringComparer.Ordinal);

    private PrometheusText()
    {
    }

    public IReadOnlyDictionary<string, MetricFamily> Families => families;

    [GeneratedRegex("^[a-zA-Z_:][a-zA-Z0-9_:]*$")]
    private static partial Regex MetricName();

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex LabelName();

    [GeneratedRegex(@"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^-?\d+$")]
    private static partial Regex Timestamp();

    public static PrometheusText Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && !text.EndsWith('\n'))
        {
            throw new FormatException("the last line does not end with a line feed");
        }

        var parsed = new PrometheusText();
        var lines = text.Split('\n');
        MetricFamily? current = null;
        var closed = new HashSet<string>(StringComparer.Ordinal);
        var series = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length - 1; i++)
        {
            var line = lines[i];
            try
            {
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                var family = line.StartsWith('#') ? parsed.ReadComment(line, current) : parsed.ReadSample(line, current, series);
                if (family is not null && family.Name != current?.Name)
                {
                    if (current is not null)
                    {
                        closed.Add(current.Name);
                    }

                    if (closed.Contains(family.Name))
                    {
                        throw new FormatException($"the lines of {family.Name} are not one group");
                    }

                    current = family;
                }
            }
            catch (FormatException e)
            {
                throw new FormatException($"line {i + 1} ({line}): {e.Message}", e);
            }
        }

        foreach (var family in parsed.families.Values.Where(f => f.Type == "histogram"))
        {
            CheckHistogram(family);
        }

        return parsed;
    }

    /// <summary>The samples of a name (a family's own, or a histogram's name_bucket, name_sum, name_count) that have these labels.</summary>
    public IEnumerable<MetricSample> Samples(string name, params (string Label, string Value)[] labels) =>
        families.Values.SelectMany(f => f.Samples).Where(s => s.Name == name && s.Has(labels));

    /// <summary>The sum of the values of <see cref="Samples"/>; 0 when there is none.</summary>
    public double Sum(string name, params (string Label, string Value)[] labels) => Samples(name, labels).Sum(s => s.Value);

    /// <summary>A HELP or TYPE line (other comments are ignored); the family it is about, or null.</summary>
    private MetricFamily? ReadComment(string line, MetricFamily? current)
    {
        var parts = line[1..].TrimStart(' ', '\t').Split([' ', '\t'], 3, StringSplitOptions.None);
        if (parts[0] is not ("HELP" or "TYPE"))
        {
            return null;
        }

        if (parts.Length < 2 || !MetricName().IsMatch(parts[1]))
        {
            throw new FormatException($"{parts[0]} names no valid metric");
        }

        var name = parts[1];
        if (parts[0] == "TYPE")
        {
            var type = parts.Length == 3 ? parts[2] : string.Empty;
            if (!Types.Contains(type))
            {
                throw new FormatException($"'{type}' is not a metric type");
            }

            if (families.TryGetValue(name, out var existing) && (existing.Samples.Count > 0 || typed.Contains(name)))
            {
                throw new FormatException(existing.Samples.Count > 0 ? $"TYPE of {name} after its samples" : $"a second TYPE for {name}");
            }

            typed.Add(name);
            if (FamilyOf(name, current) is { } owner && owner.Name != name)
            {
                throw new FormatException($"TYPE {name} inside the samples of {owner.Name}");
            }

            if (existing is not null)
            {
                existing.Type = type; // its HELP came first
                return existing;
            }

            return families[name] = new MetricFamily(name, type);
        }

        var family = families.TryGetValue(name, out var known) ? known : families[name] = new MetricFamily(name, "untyped");
        if (family.Help is not null)
        {
            throw new FormatException($"a second HELP for {name}");
        }

        family.Help = Unescape(parts.Length == 3 ? parts[2] : string.Empty, quoteAllowed: false);
        return family;
    }

    private MetricFamily ReadSample(string line, MetricFamily? current, HashSet<string> series)
    {
        var at = 0;
        while (at < line.Length && line[at] is not ('{' or ' ' or '\t'))
        {
            at++;
        }

        var name = line[..at];
        if (!MetricName().IsMatch(name))
        {
            throw new FormatException($"'{name}' is not a metric name");
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (at < line.Length && line[at] == '{')
        {
            at = ReadLabels(line, at + 1, labels);
        }

        var rest = line[at..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (at == line.Length || line[at] is not (' ' or '\t') || rest.Length is < 1 or > 2)
        {
            throw new FormatException("expected a value and an optional timestamp after the series");
        }

        var value = Value(rest[0]);
        if (rest.Length == 2 && !Timestamp().IsMatch(rest[1]))
        {
            throw new FormatException($"'{rest[1]}' is not a timestamp in milliseconds");
        }

        var family = FamilyOf(name, current) ?? (families.TryGetValue(name, out var known) ? known : families[name] = new MetricFamily(name, "untyped"));
        if (family.Type == "counter" && (value < 0 || double.IsNaN(value)))
        {
            throw new FormatException($"counter {name} is {rest[0]}");
        }

        if (family.Type == "histogram" && name == family.Name)
        {
            throw new FormatException($"histogram {name} has a sample of its bare name");
        }

        if (!series.Add(name + "{" + string.Join(',', labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")) + "}"))
        {
            throw new FormatException($"the series {name} with these labels is given twice");
        }

        family.Samples.Add(new MetricSample(name, labels, value));
        return family;
    }

    /// <summary>Reads label="value" pairs up to the closing brace (a trailing comma allowed); returns the index after it.</summary>
    private static int ReadLabels(string line, int at, Dictionary<string, string> labels)
    {
        while (true)
        {
            if (at < line.Length && line[at] == '}')
            {
                return at + 1;
            }

            var equals = line.IndexOf('=', at);
            if (equals < 0)
            {
                throw new FormatException("a label without '='");
            }

            var label = line[at..equals];
            if (!LabelName().IsMatch(label) || label.StartsWith("__", StringComparison.Ordinal))
            {
                throw new FormatException($"'{label}' is not a label name (or is reserved)");
            }

            if (equals + 1 >= line.Length || line[equals + 1] != '"')
            {
                throw new FormatException($"the value of {label} is not quoted");
            }

            var end = equals + 2;
            while (end < line.Length && line[end] != '"')
            {
                end += line[end] == '\\' ? 2 : 1;
            }

            if (end >= line.Length)
            {
                throw new FormatException($"the value of {label} is not closed");
            }

            if (!labels.TryAdd(label, Unescape(line[(equals + 2)..end], quoteAllowed: true)))
            {
                throw new FormatException($"the label {label} is given twice");
            }

            at = end + 1;
            if (at < line.Length && line[at] == ',')
            {
                at++;
            }
            else if (at >= line.Length || line[at] != '}')
            {
                throw new FormatException("expected ',' or '}' after a label");
            }
        }
    }

    /// <summary>The family a sample name belongs to when the current one claims it (its own name, or a histogram's or summary's suffixed ones).</summary>
    private static MetricFamily? FamilyOf(string name, MetricFamily? current) => current switch
    {
        null => null,
        _ when current.Name == name => current,
        { Type: "histogram" } when name == current.Name + "_bucket" || name == current.Name + "_sum" || name == current.Name + "_count" => current,
        { Type: "summary" } when name == current.Name + "_sum" || name == current.Name + "_count" => current,
        _ => null,
    };

    private static double Value(string text) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ when Decimal().IsMatch(text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw new FormatException($"'{text}' is not a float"),
    };

    private static string Unescape(string text, bool quoteAllowed)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                result.Append(text[i]);
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            result.Append(next switch
            {
                '\\' => '\\',
                'n' => '\n',
                '"' when quoteAllowed => '"',
                _ => throw new FormatException($"'\\{next}' is not an escape of the format"),
            });
            i++;
        }

        return result.ToString();
    }

    /// <summary>Each series of a histogram (its labels but le): rising bounds, counts that never fall, +Inf last and equal to _count, a _sum.</summary>
    private static void CheckHistogram(MetricFamily family)
    {
        static string Key(MetricSample s) => string.Join(',', s.Labels.Where(l => l.Key != "le").OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"));
        foreach (var group in family.Samples.GroupBy(Key))
        {
            var buckets = group.Where(s => s.Name == family.Name + "_bucket").ToList();
            var count = group.SingleOrDefault(s => s.Name == family.Name + "_count") ?? throw new FormatException($"histogram {family.Name}{{{group.Key}}} has no _count");
            _ = group.SingleOrDefault(s => s.Name == family.Name + "_sum") ?? throw new FormatException($"histogram {family.Name}{{{group.Key}}} has no _sum");
            if (buckets.Count == 0 || buckets.Any(b => !b.Labels.ContainsKey("le")))
            {
                throw new FormatException($"histogram {family.Name}{{{group.Key}}} has a bucket without le, or none");
            }

            var bounds = buckets.Select(b => Value(b.Labels["le"])).ToList();
            for (var i = 1; i < buckets.Count; i++)
            {
                if (bounds[i] <= bounds[i - 1] || buckets[i].Value < buckets[i - 1].Value)
                {
                    throw new FormatException($"histogram {family.Name}{{{group.Key}}}: the bucket le={buckets[i].Labels["le"]} does not follow le={buckets[i - 1].Labels["le"]} (bounds must rise and counts never fall)");
                }
            }

            if (!double.IsPositiveInfinity(bounds[^1]) || buckets[^1].Value != count.Value)
            {
                throw new FormatException($"histogram {family.Name}{{{group.Key}}}: the last bucket must be le=\"+Inf\" and equal _count ({count.Value})");
            }
        }
    }
}
