using FeedHub.Core.Model;
using FeedHub.Core.Publishing.Opml;

namespace FeedHub.Cli;

/// <summary>
/// The sources as OPML outlines, the way readers lay out their subscriptions: a folder per tag holding each source
/// with that tag (a source with several tags is in each folder, as Miniflux and FreshRSS export categories), the
/// untagged at the top level, each level in title order so that the list does not depend on the configuration's
/// order (and importing it then exporting again gives the same list). Local files are left out: no other reader
/// can fetch them. A source's site is its configured SiteUrl, else the site its feed names.
/// </summary>
internal static class SourceOutlines
{
    public static IReadOnlyList<OpmlOutline> Of(IReadOnlyList<SourceDefinition> sources, Func<string, string?> siteOf)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(siteOf);
        var remote = sources.Where(s => !s.IsLocalFile).OrderBy(s => s.Title ?? s.Id, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Location.AbsoluteUri, StringComparer.Ordinal).ToList();
        OpmlOutline Outline(SourceDefinition s) => new(s.Title ?? s.Id)
        {
            XmlUrl = s.Location,
            HtmlUrl = s.SiteUrl ?? (Uri.TryCreate(siteOf(s.Id), UriKind.Absolute, out var site) ? site : null),
        };
        var folders = remote.SelectMany(s => s.Tags).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)
            .Select(tag => new OpmlOutline(tag) { Children = [.. remote.Where(s => s.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)).Select(Outline)] });
        return [.. remote.Where(s => s.Tags.Count == 0).Select(Outline), .. folders];
    }
}
