using FeedHub.Core.Parsing.Extensions;
using FeedHub.Core.Parsing.Xml;
using static FeedHub.Core.Parsing.FeedNamespaces;

namespace FeedHub.Core.Parsing.Rss;

/// <summary>
/// An item's categories in document order, from every element feeds use for them: category, dc:subject,
/// itunes:category (with subcategories), media:category (also inside media:group) and a comma-separated tags.
/// </summary>
internal static class RssCategories
{
    public static List<string> Read(FeedElement item)
    {
        var categories = new List<string>();
        foreach (var node in item.Nodes)
        {
            if (node is not FeedElement element)
            {
                continue;
            }

            foreach (var value in FromElement(element))
            {
                if (XmlReading.Clean(value) is { } category)
                {
                    categories.Add(category);
                }
            }
        }

        return categories;
    }

    private static IEnumerable<string?> FromElement(FeedElement element)
    {
        var ns = element.Namespace;
        var name = element.LocalName;
        if (RssAdapter.IsRss(element, "category") || (ns == Dc && name == "subject") || (IsMediaRss(ns) && name == "category"))
        {
            return [element.Value];
        }

        if (ns.Length == 0 && !name.Equals("tags", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        if (RssAdapter.IsRss(element, "tags"))
        {
            return element.Value.Split(',');
        }

        if (IsITunes(ns) && name.Equals("category", StringComparison.OrdinalIgnoreCase))
        {
            return ITunes.CategoryTree(element);
        }

        return IsMediaRss(ns) && name == "group" ? element.Elements().SelectMany(FromElement) : [];
    }
}
