namespace FeedHub.Core.Text;

/// <summary>Language codes as feeds write them ("en_US", " EN-us ") in BCP 47's separator.</summary>
public static class LanguageTag
{
    public static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().Replace('_', '-'); // a tag is ASCII: trimming is all the cleaning it needs

    /// <summary>Shaped like a BCP 47 tag: a 2-8 letter language, then 1-8 character subtags ("en", "de-AT", "zh-Hant-TW").</summary>
    public static bool IsWellFormed(string? tag) =>
        tag?.Split('-') is [var primary, ..] parts
        && primary.Length is >= 2 and <= 8 && primary.All(char.IsAsciiLetter)
        && parts.All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));

    /// <summary>The primary language subtag, lower-cased ("en" for "en-GB").</summary>
    public static string Primary(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? tag : tag[..dash]).ToLowerInvariant();
    }
}
