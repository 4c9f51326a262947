namespace FeedHub.Core.Extraction;

/// <summary>
/// An operator's rule for one site, overriding the heuristics: CSS selectors for the content to keep (all matches,
/// in document order) and for elements to strip first. Applies to the host and its subdomains.
/// </summary>
public sealed record SiteRule(string Host, string? Content, IReadOnlyList<string> Remove)
{
    public bool AppliesTo(Uri page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var host = Host.Trim().TrimStart('.').ToLowerInvariant();
        return page.IdnHost.Equals(host, StringComparison.OrdinalIgnoreCase) || page.IdnHost.EndsWith("." + host, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The first rule that applies to the page; the most specific host wins when several do.</summary>
    public static SiteRule? For(IEnumerable<SiteRule> rules, Uri page) =>
        rules.Where(r => r.AppliesTo(page)).OrderByDescending(r => r.Host.Length).FirstOrDefault();
}
