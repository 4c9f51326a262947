using AngleSharp.Dom;

namespace FeedHub.Core.Extraction;

/// <summary>Recovers images that pages load lazily: data-src / data-srcset / data-original, and a noscript fallback beside a placeholder.</summary>
internal static class LazyImages
{
    private static readonly string[] SourceAttributes = ["data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src"];

    public static void Recover(IDocument document) =>
        Recover(document, DomWalk.Descendants((INode?)document.Body ?? document, IsCandidate));

    /// <summary>The elements recovery looks at: images, picture sources and noscript fallbacks.</summary>
    public static bool IsCandidate(IElement element) => element.LocalName is "noscript" or "img" or "source";

    /// <summary>Recovers the given img, source and noscript elements (in document order), as found by <see cref="PageInventory"/>.</summary>
    public static void Recover(IDocument document, IReadOnlyList<IElement> found)
    {
        foreach (var noscript in found.Where(e => e.LocalName == "noscript"))
        {
            ReplacePlaceholder(document, noscript);
        }

        foreach (var img in found.Where(e => e.LocalName != "noscript" && e.Parent is not null))
        {
            var lazy = SourceAttributes.Select(img.GetAttribute).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
            if (lazy is not null && (IsPlaceholder(img.GetAttribute("src")) || img.LocalName == "img"))
            {
                img.SetAttribute("src", lazy);
            }

            var lazySet = img.GetAttribute("data-srcset");
            if (!string.IsNullOrWhiteSpace(lazySet))
            {
                img.SetAttribute("srcset", lazySet);
            }
        }
    }

    /// <summary>A noscript holding only an image replaces the placeholder image just before it.</summary>
    private static void ReplacePlaceholder(IDocument document, IElement noscript)
    {
        var inner = document.CreateElement("div");
        inner.InnerHtml = noscript.TextContent.Length > 0 ? noscript.TextContent : noscript.InnerHtml;
        var image = inner.QuerySelector("img");
        if (image is null || inner.TextContent.Trim().Length > 0)
        {
            return;
        }

        var previous = noscript.PreviousElementSibling;
        if (previous?.LocalName == "img" && IsPlaceholder(previous.GetAttribute("src")))
        {
            previous.Replace(image);
        }
        else if (previous is null || previous.LocalName != "img")
        {
            noscript.Replace(image);
        }
    }

    private static bool IsPlaceholder(string? src) =>
        string.IsNullOrWhiteSpace(src) || src.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
        || src.Contains("placeholder", StringComparison.OrdinalIgnoreCase) || src.Contains("blank.gif", StringComparison.OrdinalIgnoreCase)
        || src.Contains("spacer", StringComparison.OrdinalIgnoreCase);
}
