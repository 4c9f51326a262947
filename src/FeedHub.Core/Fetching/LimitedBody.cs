namespace FeedHub.Core.Fetching;

/// <summary>Reads a body up to a byte limit, failing as soon as the limit is passed instead of buffering everything first.</summary>
internal static class LimitedBody
{
    public static async Task<byte[]> ReadAsync(Stream stream, long maxBytes, long? declaredLength, CancellationToken cancellationToken)
    {
        if (declaredLength > maxBytes)
        {
            throw new FetchException($"the response is {declaredLength} bytes, over the limit of {maxBytes}");
        }

        using var buffer = new MemoryStream(declaredLength is > 0 and < int.MaxValue ? (int)declaredLength.Value : 64 * 1024);
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new FetchException($"the response is over the limit of {maxBytes} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
