namespace FeedHub.Core.Telemetry;

/// <summary>The values of the result label of <c>feedhub.fetch.duration</c>.</summary>
public static class FetchResults
{
    public const string Ok = "ok";
    public const string NotModified = "not_modified";
    public const string Failed = "failed";
}
