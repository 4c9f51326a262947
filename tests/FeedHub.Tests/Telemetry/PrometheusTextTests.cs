using FeedHub.Tests.Support;

namespace FeedHub.Tests.Telemetry;

/// <summary>The test's own reader of the Prometheus text format: what the format allows is read, anything else is refused with its line.</summary>
public class PrometheusTextTests
{
    private const string Valid = """
        # A comment that is neither HELP nor TYPE
        # HELP polls_total Polls, with a \\ and a\nsecond line
        # TYPE polls_total counter
        polls_total{status="ok",path="a \"quoted\" \\ value\n"} 3
        polls_total{status="failed",} 1e0 1700000000000
        # TYPE lag_seconds histogram
        lag_seconds_bucket{job="poll",le="0.5"} 1
        lag_seconds_bucket{job="poll",le="1"} 2
        lag_seconds_bucket{job="poll",le="+Inf"} 2
        lag_seconds_sum{job="poll"} 0.75
        lag_seconds_count{job="poll"} 2
        # TYPE temperature gauge
        temperature -Inf
        untyped_thing NaN

        """;

    [Fact]
    public void The_format_is_read_with_its_escapes_types_and_help()
    {
        var text = PrometheusText.Parse(Valid.ReplaceLineEndings("\n"));

        Assert.Equal("counter", text.Families["polls_total"].Type);
        Assert.Equal("Polls, with a \\ and a\nsecond line", text.Families["polls_total"].Help);
        Assert.Equal(3, text.Sum("polls_total", ("status", "ok")));
        Assert.Equal("a \"quoted\" \\ value\n", text.Samples("polls_total", ("status", "ok")).Single().Labels["path"]);
        Assert.Equal(4, text.Sum("polls_total"));
        Assert.Equal(2, text.Sum("lag_seconds_count", ("job", "poll")));
        Assert.Equal("histogram", text.Families["lag_seconds"].Type);
        Assert.Equal(double.NegativeInfinity, text.Sum("temperature"));
        Assert.Equal("untyped", text.Families["untyped_thing"].Type);
        Assert.True(double.IsNaN(text.Sum("untyped_thing")));
    }

    [Theory]
    [InlineData("1bad_name 1\n", "is not a metric name")]
    [InlineData("m{1label=\"x\"} 1\n", "is not a label name")]
    [InlineData("m{__reserved=\"x\"} 1\n", "is not a label name")]
    [InlineData("m{a=x} 1\n", "is not quoted")]
    [InlineData("m{a=\"x} 1\n", "is not closed")]
    [InlineData("m{a=\"\\t\"} 1\n", "is not an escape")]
    [InlineData("m{a=\"x\" b=\"y\"} 1\n", "expected ',' or '}'")]
    [InlineData("m{a=\"x\",a=\"y\"} 1\n", "given twice")]
    [InlineData("m 1,5\n", "is not a float")]
    [InlineData("m Infinity\n", "is not a float")]
    [InlineData("m 0x1F\n", "is not a float")]
    [InlineData("m\n", "expected a value")]
    [InlineData("m 1 2 3\n", "expected a value")]
    [InlineData("m 1 soon\n", "is not a timestamp")]
    [InlineData("m 1", "does not end with a line feed")]
    [InlineData("m 1\nm 2\n", "given twice")]
    [InlineData("# TYPE m counter\nm -1\n", "counter m is -1")]
    [InlineData("# TYPE m counter\n# TYPE m counter\n", "a second TYPE")]
    [InlineData("# TYPE m meter\n", "is not a metric type")]
    [InlineData("# HELP m one\n# HELP m two\n", "a second HELP")]
    [InlineData("# HELP m bad \\q\n", "is not an escape")]
    [InlineData("m 1\n# TYPE m gauge\n", "after its samples")]
    [InlineData("# TYPE a gauge\na 1\n# TYPE b gauge\nb 1\na{x=\"y\"} 2\n", "not one group")]
    [InlineData("# TYPE h histogram\nh 1\n", "bare name")]
    [InlineData("# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_sum 1\n", "no _count")]
    [InlineData("# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_count 1\n", "no _sum")]
    [InlineData("# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_sum 1\nh_count 1\n", "le=\"+Inf\"")]
    [InlineData("# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\nh_sum 1\nh_count 1\n", "counts never fall")]
    [InlineData("# TYPE h histogram\nh_bucket{le=\"2\"} 1\nh_bucket{le=\"1\"} 1\nh_bucket{le=\"+Inf\"} 1\nh_sum 1\nh_count 1\n", "bounds must rise")]
    [InlineData("# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_bucket{le=\"+Inf\"} 2\nh_sum 1\nh_count 3\n", "equal _count")]
    public void What_the_format_does_not_allow_is_refused(string text, string problem)
    {
        var e = Assert.Throws<FormatException>(() => PrometheusText.Parse(text));

        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }
}
