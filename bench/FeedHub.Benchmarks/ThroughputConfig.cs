using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FeedHub.Benchmarks;

/// <summary>Adds MB/s and allocated-bytes-per-MB columns, computed from the benchmark's input size.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new ThroughputColumn("MB/s", (bytes, stats) => bytes / 1e6 / (stats.Mean / 1e9)));
        AddColumn(new ThroughputColumn("Alloc B/MB", (bytes, stats) => double.NaN));
    }
}

/// <summary>A column computed from the benchmark's mean time and its input size (a static CorpusBytes property).</summary>
public sealed class ThroughputColumn(string name, Func<long, BenchmarkDotNet.Mathematics.Statistics, double> compute) : IColumn
{
    public string Id => nameof(ThroughputColumn) + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => name == "MB/s" ? "Megabytes of input parsed per second" : "Bytes allocated per megabyte of input";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var bytes = InputBytes(benchmarkCase);
        if (report?.ResultStatistics is not { } stats || bytes <= 0)
        {
            return "-";
        }

        var value = name == "MB/s"
            ? compute(bytes, stats)
            : report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } allocated ? allocated / (bytes / 1e6) : double.NaN;
        return value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static long InputBytes(BenchmarkCase benchmarkCase)
    {
        var type = benchmarkCase.Descriptor.Type;
        var instance = Activator.CreateInstance(type);
        type.GetMethod("Setup")?.Invoke(instance, null);
        return type.GetProperty("CorpusBytes")?.GetValue(null) as long? ?? 0;
    }
}
