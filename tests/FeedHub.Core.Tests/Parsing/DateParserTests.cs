using FeedHub.Core.Parsing;

namespace FeedHub.Core.Tests.Parsing;

public class DateParserTests
{
    [Theory]
    [InlineData("Mon, 16 Nov 2026 09:00:00 +0000", "2026-11-16T09:00:00Z")]
    [InlineData("Mon, 16 Nov 2026 09:00:00 GMT", "2026-11-16T09:00:00Z")]
    [InlineData("16 Nov 2026 09:00 EST", "2026-11-16T14:00:00Z")]
    [InlineData("Tue, 3 Nov 26 07:45:00 PDT", "2026-11-03T14:45:00Z")]
    [InlineData("Thu, 01 Jan 2004 19:48:21 Z", "2004-01-01T19:48:21Z")]
    [InlineData("Thu, 01 Jan 2004 19:48:21 A", "2004-01-01T20:48:21Z")]
    [InlineData("Sunday, 1 December 2002 10:00:00 -0500", "2002-12-01T15:00:00Z")]
    [InlineData("Mon, 16 Nov 2026 09:00:00", "2026-11-16T09:00:00Z")]
    [InlineData("2026-11-16T09:00:00+01:00", "2026-11-16T08:00:00Z")]
    [InlineData("2026-11-16T09:00:00.123Z", "2026-11-16T09:00:00.123Z")]
    [InlineData("2026-11-16", "2026-11-16T00:00:00Z")]
    [InlineData("2026-11", "2026-11-01T00:00:00Z")]
    [InlineData("20261116T090000Z", "2026-11-16T09:00:00Z")]
    [InlineData("2003-12-31T10:14:55-08:00", "2003-12-31T18:14:55Z")]
    public void Reads_real_world_forms(string input, string expectedUtc)
    {
        var parsed = DateParser.Parse(input);

        Assert.NotNull(parsed);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
        Assert.Equal(TimeSpan.Zero, parsed.Value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not a date")]
    [InlineData("Mon, 45 Nov 2026 09:00:00 GMT")]
    [InlineData("2026-13-01")]
    [InlineData("yesterday at noon")]
    public void Returns_null_for_what_is_not_a_date(string input) => Assert.Null(DateParser.Parse(input));
}
