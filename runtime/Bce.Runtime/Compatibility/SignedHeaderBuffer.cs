#if NET
using System.Runtime.CompilerServices;
#endif

namespace Bce.Runtime.Compatibility;

/// <summary>
/// Room for every header an attempt signs (host, content-type, content-length, date, request id, token, If-Match). On
/// net10.0 an inline array on the stack; netstandard2.0's runtimes have no inline arrays, so there the span is a small
/// array allocated per attempt.
/// </summary>
#if NET
[InlineArray(Length)]
internal struct SignedHeaderBuffer
{
    public const int Length = 8;

    private KeyValuePair<string, string> _element;
}
#else
internal struct SignedHeaderBuffer
{
    public const int Length = 8;

    public static implicit operator Span<KeyValuePair<string, string>>(SignedHeaderBuffer buffer) =>
        new KeyValuePair<string, string>[Length];
}
#endif
