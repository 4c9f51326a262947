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
            if (node is FeedElement element)
            {
                AddFrom(element, categories);
            }
        }

        return categories;
    }

    private static void AddFrom(FeedElement element, List<string> categories)
    {
        var ns = element.Namespace;
        var name = element.LocalName;
        if (RssAdapter.IsRss(element, "category") || (ns == Dc && name == "subject") || (IsMediaRss(ns) && name == "category"))
        {
            Add(categories, element.Value);
        }
        else if (ns.Length == 0 && !name.Equals("tags", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        else if (RssAdapter.IsRss(element, "tags"))
        {
            foreach (var tag in element.Value.Split(','))
            {
                Add(categories, tag);
            }
        }
        else if (IsITunes(ns) && name.Equals("category", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var category in ITunes.CategoryTree(element))
            {
                Add(categories, category);
            }
        }
        else if (IsMediaRss(ns) && name == "group")
        {
            foreach (var child in element.Elements())
            {
                AddFrom(child, categories);
            }
        }
    }

    private static void Add(List<string> categories, string? value)
    {
        if (XmlReading.Clean(value) is { } category)
        {
            categories.Add(category);
        }
    }
}
