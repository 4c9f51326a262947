using FeedHub.Core.Parsing;

namespace FeedHub.Core.Tests.Parsing;

public class DateParserTests
{
    [Theory]
    [InlineData("Mon, 16 Nov 2026 09:00:00 +0000", "2026-11-16T09:00:00Z")]
    [InlineData("Wed Oct 02 2002 10:00:00 GMT+0200 (Central European Summer Time)", "2002-10-02T08:00:00Z")]
    [InlineData("Wed Oct 02 2002 10:00:00 GMT-0500", "2002-10-02T15:00:00Z")]
    [InlineData("2021-09-06T08:00:00 PDT", "2021-09-06T15:00:00Z")]
    [InlineData("Mon, 06 Sep 2021 08:00:00 AEST", "2021-09-05T22:00:00Z")]
    [InlineData("Mon, 06 Sep 2021 08:00:00 NST", "2021-09-06T11:30:00Z")]
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
    [InlineData("Thu, 01 Jan 04 19:48:21 GMT", "2004-01-01T19:48:21Z")]
    [InlineData("Thu, 01 Jan 2004 19:48 GMT", "2004-01-01T19:48:00Z")]
    [InlineData("Thu,01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z")]
    [InlineData("Thursday, 01 January 2004 19:48:21 +00:00", "2004-01-01T19:48:21Z")]
    [InlineData("01 Jan 2004", "2004-01-01T00:00:00Z")]
    [InlineData("Wed, 31 Dec 2003 10:14:55 -0800 (PST)", "2003-12-31T18:14:55Z")]
    [InlineData("Wed, 31 Dec 2003 10:14:55 UT", "2003-12-31T10:14:55Z")]
    [InlineData("Wed, 31 Dec 2003 10:14:55 -08", "2003-12-31T18:14:55Z")]
    [InlineData("Sun Jan  4 16:29:06 PST 2004", "2004-01-05T00:29:06Z")]
    [InlineData("Sun Jan 4 16:29:06 2004", "2004-01-04T16:29:06Z")]
    [InlineData("Fri, 2006/09/15 08:19:53 EDT", "2006-09-15T12:19:53Z")]
    [InlineData("2004-07-08 23:56:58.0", "2004-07-08T23:56:58Z")]
    [InlineData("2004-07-08 23:56:58", "2004-07-08T23:56:58Z")]
    [InlineData("2003-12-31t10:14:55z", "2003-12-31T10:14:55Z")]
    [InlineData("2003-12-31T10:14Z", "2003-12-31T10:14:00Z")]
    [InlineData("2003-12-31T10:14:55.1234567Z", "2003-12-31T10:14:55.1234567Z")]
    [InlineData("2003-335", "2003-12-01T00:00:00Z")]
    [InlineData("03-12-31", "2003-12-31T00:00:00Z")]
    [InlineData("20031231", "2003-12-31T00:00:00Z")]
    [InlineData("2003", "2003-01-01T00:00:00Z")]
    [InlineData("2004-05-25 오후 11:23:17", "2004-05-25T14:23:17Z")]
    [InlineData("2004년 05월 28일  01:31:15", "2004-05-27T16:31:15Z")]
    [InlineData("Κυρ, 11 Ιούλ 2004 12:00:00 EST", "2004-07-11T17:00:00Z")]
    [InlineData("2004-július-13T9:15-05:00", "2004-07-13T14:15:00Z")]
    [InlineData("Mon, 31 Dec 2001 24:00:00 GMT", "2002-01-01T00:00:00Z")]
    public void Reads_real_world_forms(string input, string expectedUtc)
    {
        var parsed = DateParser.Parse(input);

        Assert.NotNull(parsed);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
        Assert.Equal(TimeSpan.Zero, parsed.Value.Offset);
    }

    /// <summary>The forms of issue 19, by kind: each row is a form a real feed writer produces, with its UTC value worked out by hand.</summary>
    [Theory]
    // asctime with a numeric zone between the time and the year (Twitter, Ruby's Time#to_s)
    [InlineData("Sun Jul 15 01:16:00 +0000 2012", "2012-07-15T01:16:00Z")]
    [InlineData("Sun Jul 15 01:16:00 -0500 2012", "2012-07-15T06:16:00Z")]
    [InlineData("Sun Jul 15 01:16:00 +05:30 2012", "2012-07-14T19:46:00Z")]
    // ISO 8601 ordinal dates, with a time, and in the basic form
    [InlineData("2003-335T10:14:55Z", "2003-12-01T10:14:55Z")]
    [InlineData("2003335", "2003-12-01T00:00:00Z")]
    [InlineData("2003335T101455Z", "2003-12-01T10:14:55Z")]
    [InlineData("2004-060", "2004-02-29T00:00:00Z")]
    // ISO 8601 week dates (week 1 holds the year's first Thursday)
    [InlineData("2003-W49-1", "2003-12-01T00:00:00Z")]
    [InlineData("2003W491", "2003-12-01T00:00:00Z")]
    [InlineData("2003-W49", "2003-12-01T00:00:00Z")]
    [InlineData("2003-W49-3T10:00:00Z", "2003-12-03T10:00:00Z")]
    [InlineData("2004-W01-1", "2003-12-29T00:00:00Z")]
    [InlineData("2009-W53-7", "2010-01-03T00:00:00Z")]
    // ISO 8601 basic form with reduced time, offsets and fractions
    [InlineData("20031201T1014Z", "2003-12-01T10:14:00Z")]
    [InlineData("20031201T101455+0100", "2003-12-01T09:14:55Z")]
    [InlineData("20031201T101455.5Z", "2003-12-01T10:14:55.5Z")]
    [InlineData("20031201T10Z", "2003-12-01T10:00:00Z")]
    [InlineData("2003-12-01T10Z", "2003-12-01T10:00:00Z")]
    // century and year only
    [InlineData("20", "2000-01-01T00:00:00Z")]
    [InlineData("19", "1900-01-01T00:00:00Z")]
    [InlineData("1997", "1997-01-01T00:00:00Z")]
    // extended form with a comma fraction, a space before the zone, a zone name
    [InlineData("2003-12-01T10:14:55,5Z", "2003-12-01T10:14:55.5Z")]
    [InlineData("2003-12-01T10:14:55 +01:00", "2003-12-01T09:14:55Z")]
    [InlineData("2003-12-01 10:14:55 EST", "2003-12-01T15:14:55Z")]
    [InlineData("2003-12-01T10:14:55 UTC", "2003-12-01T10:14:55Z")]
    [InlineData("2003-12-01T10:14:55+0100 (CET)", "2003-12-01T09:14:55Z")]
    // RFC 822 zone names beyond UT, GMT and the US zones
    [InlineData("Mon, 01 December 2003 10:14:55 MET", "2003-12-01T09:14:55Z")]
    [InlineData("Mon, 01 Dec 2003 10:14:55 MEST", "2003-12-01T08:14:55Z")]
    [InlineData("Mon, 01 Dec 2003 10:14:55 MESZ", "2003-12-01T08:14:55Z")]
    [InlineData("Mon, 01 Dec 2003 10:14:55 CEST", "2003-12-01T08:14:55Z")]
    [InlineData("Mon, 01 Dec 2003 10:14:55 Etc/GMT", "2003-12-01T10:14:55Z")]
    [InlineData("Mon, 01 Dec 2003 10:14:55 Etc/UTC", "2003-12-01T10:14:55Z")]
    [InlineData("Mon, 01 Dec 2003 10:14:55 Etc/GMT+5", "2003-12-01T15:14:55Z")] // POSIX signs: Etc/GMT+5 is five hours behind
    [InlineData("Mon, 01 Dec 2003 10:14:55 Etc/GMT-2", "2003-12-01T08:14:55Z")]
    [InlineData("Mon, 01 Dec 2003 10:14:55 AT", "2003-12-01T14:14:55Z")]
    [InlineData("Mon, 01 Dec 2003 10:14:55 ET", "2003-12-01T15:14:55Z")]
    [InlineData("Mon, 01 Dec 2003 10:14:55 CT", "2003-12-01T16:14:55Z")]
    [InlineData("Mon, 01 Dec 2003 10:14:55 PT", "2003-12-01T18:14:55Z")]
    [InlineData("Mon, 01 Dec 2003 10:14:55 N", "2003-12-01T09:14:55Z")]
    [InlineData("Mon, 01 Dec 2003 10:14:55 Y", "2003-11-30T22:14:55Z")]
    [InlineData("Mon, 01 Dec 2003 10:14:55 M", "2003-12-01T22:14:55Z")]
    [InlineData("Mon, 01 Dec 2003 10:14:55 GMT+02:00", "2003-12-01T08:14:55Z")]
    [InlineData("Mon, 01 Dec 2003 10:14:55 GMT-5", "2003-12-01T15:14:55Z")]
    [InlineData("Mon, 01 Dec 2003 10:14:55 UTC+0100", "2003-12-01T09:14:55Z")]
    [InlineData("Mon, 01 Dec 2003 10:14:55 +0100 CET", "2003-12-01T09:14:55Z")]
    [InlineData("Mon, 01 Dec 2003 10:14:55 America/New_York", "2003-12-01T15:14:55Z")]
    [InlineData("Mon, 01 Jul 2003 10:14:55 Europe/Berlin", "2003-07-01T08:14:55Z")]
    // RFC 822 with odd spacing, no comma, the month first, a 12-hour clock
    [InlineData("Mon,  01  Dec  2003  10:14:55  GMT", "2003-12-01T10:14:55Z")]
    [InlineData("Mon, 01 Dec 2003\t10:14:55\nGMT", "2003-12-01T10:14:55Z")]
    [InlineData(" Mon 01 Dec 2003 10:14:55 GMT ", "2003-12-01T10:14:55Z")]
    [InlineData("Mon, 01 Dec 2003 10:14:55GMT", "2003-12-01T10:14:55Z")]
    [InlineData("Mon, 01 Dec, 2003 10:14:55 GMT", "2003-12-01T10:14:55Z")]
    [InlineData("Mon, Dec 01 2003 10:14:55 GMT", "2003-12-01T10:14:55Z")]
    [InlineData("Monday, December 1, 2003 10:14:55 -0500", "2003-12-01T15:14:55Z")]
    [InlineData("Dec 1, 2003", "2003-12-01T00:00:00Z")]
    [InlineData("December 1, 2003 10:14 PM EST", "2003-12-02T03:14:00Z")]
    [InlineData("1 Dec 2003 12:05 AM GMT", "2003-12-01T00:05:00Z")]
    [InlineData("1 Sept. 2003 10:14:55 GMT", "2003-09-01T10:14:55Z")]
    // W3C-DTF and RFC 822 are read in either format's elements; both meet here
    [InlineData("2003-12-01T10:14:55.000-05:00", "2003-12-01T15:14:55Z")]
    public void Reads_the_forms_of_the_wild(string input, string expectedUtc) => Reads_real_world_forms(input, expectedUtc);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not a date")]
    [InlineData("Mon, 45 Nov 2026 09:00:00 GMT")]
    [InlineData("2026-13-01")]
    [InlineData("yesterday at noon")]
    [InlineData("Thu, 31 Jun 2004 19:48:21 GMT")]
    [InlineData("2003-366")]
    [InlineData("2004-február-31T9:15Z")]
    [InlineData("2003-W54-1")]
    [InlineData("2003-W49-8")]
    [InlineData("Sun Jul 15 01:16:00 +9900 2012")]
    public void Returns_null_for_what_is_not_a_date(string input) => Assert.Null(DateParser.Parse(input));
}
