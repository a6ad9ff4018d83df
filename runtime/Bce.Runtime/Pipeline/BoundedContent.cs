using System.Buffers;
using System.Runtime.CompilerServices;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// Reads an answer's body, never more than a limit: a declared <c>Content-Length</c> above it fails before reading,
/// and an undeclared or compressed body fails as soon as the bytes read, decompressed (see <see cref="ContentCoding"/>),
/// pass it. The body stays in the pooled buffer it was read into (a 600 KB list page would otherwise be a fresh
/// large-object-heap array per page); the caller hands it back with <see cref="PooledBody.Return"/>.
/// </summary>
internal static class BoundedContent
{
    private const int InitialBufferSize = 16 * 1024;

    /// <summary>Reads the whole body, or throws <see cref="AnswerTooLargeException"/> having read at most <paramref name="limit"/> + 1 bytes.</summary>
#if NET
    // Pooled: the state machine is reused across calls instead of allocated per call (netstandard2.0 has no pooling builder).
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
#endif
    public static async ValueTask<PooledBody> ReadAsync(HttpContent content, int limit, CancellationToken cancellationToken)
    {
        var coding = ContentCoding.Of(content);
        // A declared length counts the bytes as sent: it bounds a plain body before reading, and sizes the buffer.
        var declared = coding is null ? DeclaredLength(content) : null;
        if (declared > limit)
        {
            throw new AnswerTooLargeException(limit);
        }

        // A response stream has nothing to flush: disposing it synchronously is what its DisposeAsync does too.
        var sent = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var stream = coding is null ? sent : ContentCoding.Decode(sent, coding);
        var size = (int)Math.Min(declared is { } length ? length + 1 : InitialBufferSize, (long)limit + 1);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(size, 1));
        var total = 0;
        var handedOver = false;
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
                    handedOver = true;
                    return new PooledBody(buffer, total);
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
            if (!handedOver)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>
    /// <c>Content-Length</c> read from the raw header: the typed getter would parse it into a boxed value and a header
    /// record on every answer. A value that is not a plain number is ignored (the body is then read to its end).
    /// </summary>
    private static long? DeclaredLength(HttpContent content) =>
        content.Headers.NonValidated.TryGetValues(BceHeaders.ContentLength, out var values)
            && long.TryParse(values.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length)
            ? length
            : null;

    private static byte[] Grow(byte[] buffer, int used, int limit)
    {
        // One byte past the limit is enough to tell that the body is too large.
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, (long)limit + 1));
        buffer.AsSpan(0, used).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}

/// <summary>An answer's body in a buffer rented from <see cref="ArrayPool{T}.Shared"/>: the first <see cref="Length"/> bytes.</summary>
internal readonly record struct PooledBody(byte[] Buffer, int Length)
{
    public ReadOnlyMemory<byte> Memory => Buffer.AsMemory(0, Length);

    /// <summary>Hands the buffer back; nothing may read it afterwards.</summary>
    public void Return() => ArrayPool<byte>.Shared.Return(Buffer);
}

/// <summary>The answer's body passed <see cref="BceClientOptions.MaxResponseSize"/>; reading stopped there.</summary>
internal sealed class AnswerTooLargeException(int limit)
    : Exception($"The answer is larger than MaxResponseSize ({limit} bytes).")
{
    public int Limit { get; } = limit;
}
