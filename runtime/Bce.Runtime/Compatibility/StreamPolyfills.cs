#if !NET
using System.Runtime.InteropServices;

namespace Bce.Runtime;

/// <summary>netstandard2.0 body of <see cref="Stream"/>'s <see cref="Memory{T}"/> read (.NET Core 2.1), over the array form.</summary>
internal static class StreamPolyfills
{
    extension(Stream stream)
    {
        public ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken) =>
            MemoryMarshal.TryGetArray<byte>(buffer, out var segment)
                ? new ValueTask<int>(stream.ReadAsync(segment.Array!, segment.Offset, segment.Count, cancellationToken))
                : throw new NotSupportedException("Only array-backed buffers are read on this target.");
    }
}
#endif
