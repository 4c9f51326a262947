namespace FeedHub.Core.Parsing.Xml;

/// <summary>What the scanner's pass over a text saw that decoding it needs to know (see Utf8FeedScanner.ScanText).</summary>
[Flags]
internal enum TextFacts
{
    None = 0,
    References = 1,
    LineEnds = 2,
    NonAscii = 4,
}
