using FeedHub.Core.Parsing.Extensions;
using FeedHub.Core.Parsing.Xml;
using static FeedHub.Core.Parsing.FeedNamespaces;

namespace FeedHub.Core.Parsing.Rss;

/// <summary>
/// An item's categories in document order, from every element feeds use for them: category, dc:subject,
/// itunes:category (with subcategories), media:category (also inside media:group), and the comma-separated lists
/// tags, media:keywords and itunes:keywords (each keyword once).
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
        else if (RssAdapter.IsRss(element, "tags") || (IsMediaRss(ns) && name == "keywords") || (IsITunes(ns) && name.Equals("keywords", StringComparison.OrdinalIgnoreCase)))
        {
            AddList(categories, element.Value);
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

    /// <summary>A comma-separated list of keywords, each added unless the item has it already.</summary>
    internal static void AddList(List<string> categories, string value)
    {
        foreach (var keyword in value.Split(','))
        {
            if (XmlReading.Clean(keyword) is { } clean && !categories.Contains(clean))
            {
                categories.Add(clean);
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
