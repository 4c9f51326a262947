namespace FeedHub.Core.Extraction;

/// <summary>Resolves the URLs of a srcset attribute ("a.jpg 1x, b.jpg 2x") against the page.</summary>
internal static class Srcset
{
    public static string Resolve(string srcset, Uri pageUri)
    {
        var candidates = srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(candidate =>
            {
                var parts = candidate.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
                var url = Uri.TryCreate(pageUri, parts[0], out var absolute) ? absolute.AbsoluteUri : parts[0];
                return parts.Length > 1 ? $"{url} {parts[1]}" : url;
            });
        return string.Join(", ", candidates);
    }
}
