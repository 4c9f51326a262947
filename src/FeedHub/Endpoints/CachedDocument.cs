using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace FeedHub.Endpoints;

/// <summary>
/// A rendered document as it is served: its bytes, their gzip and brotli forms when it is cacheable, its validators
/// (a strong ETag from a hash of the bytes, each encoding its own, and Last-Modified to the second) and the version of
/// the input it was built from.
/// </summary>
internal sealed class CachedDocument
{
    private CachedDocument(string version, Func<string> currentVersion, string mediaType, byte[] body, byte[]? gzip, byte[]? brotli, string tag, DateTimeOffset lastModified)
    {
        Version = version;
        CurrentVersion = currentVersion;
        MediaType = mediaType;
        Body = body;
        Gzip = gzip;
        Brotli = brotli;
        Tag = tag;
        LastModified = lastModified;
        LastModifiedHeader = HeaderUtilities.FormatDate(lastModified);
        ETags = [ETag("identity").ToString(), ETag("gzip").ToString(), ETag("br").ToString()];
    }

    public string Version { get; }

    /// <summary>A document that never changes (an archive page): served with a year's cache lifetime.</summary>
    public bool Immutable { get; private init; }

    /// <summary>The version of the document's input now: while it equals <see cref="Version"/>, the document is current.</summary>
    public Func<string> CurrentVersion { get; }
    public string MediaType { get; }
    public byte[] Body { get; }
    public byte[]? Gzip { get; }
    public byte[]? Brotli { get; }

    /// <summary>The hash the ETags are made of: "tag" for the bytes, "tag-gz" and "tag-br" for their encoded forms.</summary>
    public string Tag { get; }
    public DateTimeOffset LastModified { get; }

    /// <summary>Last-Modified as sent (an HTTP date).</summary>
    public string LastModifiedHeader { get; }

    /// <summary>The ETag header values as sent, for the bytes, their gzip form and their brotli form.</summary>
    public IReadOnlyList<string> ETags { get; }

    /// <summary>The last use, for the cache's eviction (a tick of its own clock).</summary>
    public long LastUsed { get => Volatile.Read(ref lastUsed); set => Volatile.Write(ref lastUsed, value); }

    private long lastUsed;

    /// <summary>The memory the document holds.</summary>
    public long Size => Body.Length + (Gzip?.Length ?? 0) + (Brotli?.Length ?? 0) + 256;

    public static CachedDocument Create(string version, Func<string> currentVersion, byte[] body, string mediaType, DateTimeOffset updated, bool compress, bool immutable = false)
    {
        ArgumentNullException.ThrowIfNull(body);
        var tag = Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16));
        var lastModified = new DateTimeOffset(updated.UtcDateTime.AddTicks(-(updated.UtcDateTime.Ticks % TimeSpan.TicksPerSecond)), TimeSpan.Zero);
        return new CachedDocument(version, currentVersion, mediaType, body, compress ? Compress(body, s => new GZipStream(s, CompressionLevel.Optimal)) : null,
            compress ? Compress(body, s => new BrotliStream(s, CompressionLevel.Optimal)) : null, tag, lastModified) { Immutable = immutable };
    }

    /// <summary>The ETag of one encoding ("identity", "gzip", "br").</summary>
    public EntityTagHeaderValue ETag(string encoding) => new("\"" + Tag + encoding switch { "gzip" => "-gz", "br" => "-br", _ => string.Empty } + "\"");

    private static byte[] Compress(byte[] body, Func<Stream, Stream> encoder)
    {
        using var output = new MemoryStream();
        using (var stream = encoder(output))
        {
            stream.Write(body);
        }

        return output.ToArray();
    }
}
