using System.Text;
using FeedHub.Core.Store;

namespace FeedHub.Storage.Postgres;

/// <summary>
/// The notices one node's writes send to every node listening on the same database (PostgreSQL's NOTIFY, delivered on
/// commit, dropped on rollback), and how a listener applies them to its <see cref="ContentVersions"/>: "source:ID"
/// (entries or articles of a source were written), "feed:ID" (a digest of a feed was stored), "any" (a source's state),
/// "everything" (what a longer id than a notice can carry changed).
/// </summary>
internal static class ChangeNotices
{
    public const string Channel = "feedhub_changes";
    public const string Any = "any";
    public const string Everything = "everything";
    private const string SourcePrefix = "source:";
    private const string FeedPrefix = "feed:";

    /// <summary>PostgreSQL refuses a payload of 8000 bytes or more; a longer id is announced as a change of everything.</summary>
    private const int MaximumBytes = 7999;

    public static string Source(string sourceId) => Fit(SourcePrefix + sourceId);

    public static string Feed(string feedId) => Fit(FeedPrefix + feedId);

    /// <summary>Bumps what the notice names; false for a payload this version does not know, which bumps everything.</summary>
    public static bool Apply(string payload, ContentVersions versions)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(versions);
        if (payload.StartsWith(SourcePrefix, StringComparison.Ordinal))
        {
            versions.SourceChanged(payload[SourcePrefix.Length..]);
        }
        else if (payload.StartsWith(FeedPrefix, StringComparison.Ordinal))
        {
            versions.FeedChanged(payload[FeedPrefix.Length..]);
        }
        else if (payload == Any)
        {
            versions.StateChanged();
        }
        else if (payload == Everything)
        {
            versions.EverythingChanged();
        }
        else
        {
            versions.EverythingChanged();
            return false;
        }

        return true;
    }

    private static string Fit(string payload) => Encoding.UTF8.GetByteCount(payload) <= MaximumBytes ? payload : Everything;
}
