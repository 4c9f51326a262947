using System.Security.Cryptography;
using System.Text;
using FeedHub.Core.Extraction;
using FeedHub.Core.Fetching;

namespace FeedHub.Core.Pipeline.Articles;

/// <summary>
/// What the operator decides about an article link: whether private networks may be reached, and the site rule for
/// its host. <see cref="KeyFor"/> names them in a short key stored with each article; when the key for a link
/// changes (the operator allowed private networks, added or changed the site's rule), a stored page is not reused
/// and a failed or rejected article is tried again.
/// </summary>
public sealed class ArticleRules(FetchOptions options, IReadOnlyList<SiteRule> siteRules)
{
    public string KeyFor(Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var rule = SiteRule.For(siteRules, link);
        var text = new StringBuilder(options.AllowPrivateNetworks ? "private" : "public");
        if (rule is not null)
        {
            text.Append('\n').Append(rule.Host).Append('\n').Append(rule.Content).Append('\n').AppendJoin('\n', rule.Remove);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 8));
    }
}
