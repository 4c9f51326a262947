namespace FeedHub.Core.Parsing;

/// <summary>Language codes as feeds write them ("en_US", " EN-us ") in BCP 47's separator.</summary>
internal static class LanguageTag
{
    public static string? Normalize(string? value) => XmlReading.Clean(value)?.Replace('_', '-');
}
