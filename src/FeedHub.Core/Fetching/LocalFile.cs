using System.Globalization;

namespace FeedHub.Core.Fetching;

/// <summary>Reads a local source or page file with the same limits and validator semantics as an HTTP fetch.</summary>
internal static class LocalFile
{
    public static async Task<FetchResult> ReadAsync(Uri fileUri, string? knownETag, long maxBytes, CancellationToken cancellationToken)
    {
        var info = new FileInfo(fileUri.LocalPath);
        if (!info.Exists)
        {
            throw new FetchException($"file not found: {info.FullName}");
        }

        var etag = string.Create(CultureInfo.InvariantCulture, $"\"{info.LastWriteTimeUtc.Ticks:x}-{info.Length:x}\"");
        var lastModified = info.LastWriteTimeUtc.ToString("R", CultureInfo.InvariantCulture);
        if (etag == knownETag)
        {
            return new FetchResult { NotModified = true, FinalUri = fileUri, ETag = etag, LastModified = lastModified };
        }

        await using var stream = info.OpenRead();
        var body = await LimitedBody.ReadAsync(stream, maxBytes, info.Length, cancellationToken).ConfigureAwait(false);
        return new FetchResult { NotModified = false, Body = body, FinalUri = fileUri, ETag = etag, LastModified = lastModified };
    }
}
