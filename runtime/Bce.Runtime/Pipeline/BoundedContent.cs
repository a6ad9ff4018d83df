using System.Buffers;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// Reads an answer's body, never more than a limit: a declared <c>Content-Length</c> above it fails before reading,
/// and an undeclared or compressed body fails as soon as the bytes read (decompressed, when the handler decompresses)
/// pass it. The body is gathered in pooled buffers and copied once into an array of its exact size.
/// </summary>
internal static class BoundedContent
{
    private const int InitialBufferSize = 16 * 1024;

    /// <summary>Reads the whole body, or throws <see cref="AnswerTooLargeException"/> having read at most <paramref name="limit"/> + 1 bytes.</summary>
    public static async Task<byte[]> ReadAsync(HttpContent content, int limit, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is { } declared && declared > limit)
        {
            throw new AnswerTooLargeException(limit);
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var size = (int)Math.Min(content.Headers.ContentLength is { } length ? length + 1 : InitialBufferSize, (long)limit + 1);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(size, 1));
        var total = 0;
        try
        {
            while (true)
            {
                if (total == buffer.Length)
                {
                    buffer = Grow(buffer, total, limit);
                }

                var read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return buffer.AsSpan(0, total).ToArray();
                }

                total += read;
                if (total > limit)
                {
                    throw new AnswerTooLargeException(limit);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Grow(byte[] buffer, int used, int limit)
    {
        // One byte past the limit is enough to tell that the body is too large.
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, (long)limit + 1));
        buffer.AsSpan(0, used).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}

/// <summary>The answer's body passed <see cref="BceClientOptions.MaxResponseSize"/>; reading stopped there.</summary>
internal sealed class AnswerTooLargeException(int limit)
    : Exception($"The answer is larger than MaxResponseSize ({limit} bytes).")
{
    public int Limit { get; } = limit;
}
