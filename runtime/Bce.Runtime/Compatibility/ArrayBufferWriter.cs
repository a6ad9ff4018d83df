#if !NET
namespace System.Buffers;

/// <summary>
/// netstandard2.0 stand-in for <c>ArrayBufferWriter&lt;T&gt;</c> (public in .NET, internal in System.Text.Json's
/// netstandard2.0 build): a growable array the JSON writer writes into, with the members <c>BceJson</c> uses.
/// </summary>
internal sealed class ArrayBufferWriter<T> : IBufferWriter<T>
{
    private T[] _buffer;
    private int _index;

    public ArrayBufferWriter(int initialCapacity) => _buffer = new T[initialCapacity];

    public ReadOnlySpan<T> WrittenSpan => _buffer.AsSpan(0, _index);

    public int WrittenCount => _index;

    public int Capacity => _buffer.Length;

    public void ResetWrittenCount() => _index = 0;

    public void Advance(int count)
    {
        if (count < 0 || _index > _buffer.Length - count)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _index += count;
    }

    public Memory<T> GetMemory(int sizeHint = 0)
    {
        EnsureRoom(sizeHint);
        return _buffer.AsMemory(_index);
    }

    public Span<T> GetSpan(int sizeHint = 0)
    {
        EnsureRoom(sizeHint);
        return _buffer.AsSpan(_index);
    }

    private void EnsureRoom(int sizeHint)
    {
        if (sizeHint < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sizeHint));
        }

        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _index >= needed)
        {
            return;
        }

        var size = Math.Max(_buffer.Length * 2, _index + needed);
        Array.Resize(ref _buffer, size);
    }
}
#endif
