using System.Globalization;
using System.Text;

namespace FeedHub.Cli;

/// <summary>
/// An id for a new source, as the configuration's rule wants it (lower-case letters, digits, '-', at most 64): its
/// title folded to ASCII ("Café Déjà" → cafe-deja), else its feed's host without "www." and "feeds."; made unique with
/// -2, -3… against the ids already taken.
/// </summary>
internal static class SourceIds
{
    public static string For(string? title, Uri feed, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(taken);
        var id = Slug(title) is { Length: > 0 } fromTitle ? fromTitle : Slug(HostName(feed)) is { Length: > 0 } fromHost ? fromHost : "source";
        var unique = id;
        for (var n = 2; taken.Contains(unique); n++)
        {
            unique = $"{id[..Math.Min(id.Length, 60)]}-{n}";
        }

        taken.Add(unique);
        return unique;
    }

    private static string HostName(Uri feed)
    {
        var host = feed.Host;
        foreach (var prefix in (string[])["www.", "feeds.", "feed.", "rss."])
        {
            host = host.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? host[prefix.Length..] : host;
        }

        return host;
    }

    private static string Slug(string? text)
    {
        var slug = new StringBuilder();
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(lower);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var id = slug.ToString().Trim('-');
        return id.Length <= 64 ? id : id[..64].TrimEnd('-');
    }
}
