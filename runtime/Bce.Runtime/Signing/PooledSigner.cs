using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Bce.Runtime.Compatibility;
using Bce.Runtime.Credentials;

namespace Bce.Runtime.Signing;

/// <summary>
/// The attempt stage's signer: the same Authorization header as <see cref="BceSigner.Sign"/>, built with one string
/// allocation. The canonical request goes as ASCII bytes straight into stack or pooled buffers, the query pairs and
/// header entries are sorted as index ranges into a scratch buffer, and both HMACs write into stack spans.
/// </summary>
/// <remarks>
/// Inputs the fast path does not handle byte for byte (a non-ASCII method or header name, a header signed twice, a null
/// query name) go to <see cref="CanonicalRequest.Create"/>, which gives the documented result or exception, so the two
/// paths never disagree.
/// </remarks>
[SkipLocalsInit]
internal static class PooledSigner
{
    private const int StackBufferSize = 1024;
    private const int MaxStackEntries = 32;
    private const int TimestampLength = 20;
    private const string HexUpper = "0123456789ABCDEF";

    // As UriEncoder: lone surrogates fail loudly rather than being signed as replacement characters.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly SearchValues<char> Unreserved =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");

    private static readonly SearchValues<char> UnreservedOrSlash =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/");

    /// <summary>Signs a request; see <see cref="BceSigner.Sign"/> for the meaning of every argument.</summary>
    /// <param name="credentials">The keys to sign with.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path as sent on the wire.</param>
    /// <param name="query">The decoded query parameters.</param>
    /// <param name="headers">The headers sent.</param>
    /// <param name="headersToSign">The extra names to sign, normalised by <see cref="NormaliseHeadersToSign"/>, or <see langword="null"/> for the default set.</param>
    /// <param name="timestamp">The signing time.</param>
    /// <param name="expirationInSeconds">The signature lifetime.</param>
    /// <returns>The Authorization header value.</returns>
    public static string Sign(
        BceCredentials credentials,
        string method,
        string path,
        IReadOnlyList<KeyValuePair<string, string?>> query,
        ReadOnlySpan<KeyValuePair<string, string>> headers,
        HashSet<string>? headersToSign,
        DateTimeOffset timestamp,
        int expirationInSeconds)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrEmpty(credentials.AccessKeyId);
        ArgumentException.ThrowIfNullOrEmpty(credentials.SecretAccessKey);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(expirationInSeconds);
        if (!IsFastPathInput(method, query, headers))
        {
            return SignSlowly(credentials, method, path, query, headers, headersToSign, timestamp, expirationInSeconds);
        }

        var canonical = new ByteBuilder(stackalloc byte[StackBufferSize]);
        var scratch = new ByteBuilder(stackalloc byte[StackBufferSize]);
        Span<int> stackRanges = stackalloc int[MaxStackEntries * 4];
        int[]? rentedRanges = null;
        try
        {
            var entryCount = Math.Max(query.Count, headers.Length);
            Span<int> ranges = entryCount <= MaxStackEntries
                ? stackRanges
                : rentedRanges = ArrayPool<int>.Shared.Rent(entryCount * 4);
            canonical.AppendAsciiUpper(method);

            canonical.Append((byte)'\n');
            AppendCanonicalUri(ref canonical, path);
            canonical.Append((byte)'\n');
            AppendCanonicalQuery(ref canonical, ref scratch, query, ranges);
            canonical.Append((byte)'\n');
            scratch.Clear();
            if (!AppendCanonicalHeaders(ref canonical, ref scratch, headers, headersToSign, ranges, out var namesStart, out var nameCount))
            {
                return SignSlowly(credentials, method, path, query, headers, headersToSign, timestamp, expirationInSeconds);
            }

            return CreateAuthorization(credentials, timestamp, expirationInSeconds, canonical.Written, scratch.Written, ranges.Slice(namesStart, nameCount * 2));
        }
        finally
        {
            canonical.Dispose();
            scratch.Dispose();
            if (rentedRanges is not null)
            {
                ArrayPool<int>.Shared.Return(rentedRanges);
            }
        }
    }

    /// <summary>Lowercases and trims the configured names once, as <see cref="CanonicalRequest"/> does on every call.</summary>
    /// <param name="headersToSign">The configured names, or <see langword="null"/>.</param>
    /// <returns>The normalised set, or <see langword="null"/>.</returns>
    public static HashSet<string>? NormaliseHeadersToSign(IReadOnlyCollection<string>? headersToSign) =>
        headersToSign is null ? null : CanonicalRequest.NormaliseNames(headersToSign);

    private static bool IsFastPathInput(string method, IReadOnlyList<KeyValuePair<string, string?>> query, ReadOnlySpan<KeyValuePair<string, string>> headers)
    {
        if (!Ascii.IsValid(method))
        {
            return false;
        }

        for (var i = 0; i < query.Count; i++)
        {
            if (query[i].Key is null)
            {
                return false;
            }
        }

        foreach (var header in headers)
        {
            if (string.IsNullOrWhiteSpace(header.Key) || !Ascii.IsValid(header.Key))
            {
                return false;
            }
        }

        return true;
    }

    private static string SignSlowly(
        BceCredentials credentials, string method, string path, IReadOnlyList<KeyValuePair<string, string?>> query,
        ReadOnlySpan<KeyValuePair<string, string>> headers, HashSet<string>? headersToSign, DateTimeOffset timestamp, int expirationInSeconds)
    {
        var canonicalRequest = CanonicalRequest.Create(method, path, query, headers.ToArray(), headersToSign);
        return BceSigner.CreateAuthorization(credentials, canonicalRequest, timestamp, expirationInSeconds);
    }

    /// <summary>Appends what <see cref="CanonicalRequest.CreateCanonicalUri"/> returns.</summary>
    private static void AppendCanonicalUri(ref ByteBuilder builder, string path)
    {
        if (!path.StartsWith('/'))
        {
            builder.Append((byte)'/');
        }

        var literalStart = 0;
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] != '%' || i + 2 >= path.Length || !char.IsAsciiHexDigit(path[i + 1]) || !char.IsAsciiHexDigit(path[i + 2]))
            {
                continue;
            }

            AppendEncoded(ref builder, path.AsSpan(literalStart, i - literalStart), keepSlash: true);
            var value = (byte)((HexValue(path[i + 1]) << 4) | HexValue(path[i + 2]));
            if (UriEncoder.IsUnreserved((char)value))
            {
                builder.Append(value);
            }
            else
            {
                AppendEscaped(ref builder, value);
            }

            i += 2;
            literalStart = i + 1;
        }

        AppendEncoded(ref builder, path.AsSpan(literalStart), keepSlash: true);
    }

    /// <summary>Appends what <see cref="CanonicalRequest.CreateCanonicalQueryString"/> returns.</summary>
    private static void AppendCanonicalQuery(ref ByteBuilder canonical, ref ByteBuilder scratch, IReadOnlyList<KeyValuePair<string, string?>> query, Span<int> ranges)
    {
        var count = 0;
        for (var i = 0; i < query.Count; i++)
        {
            var (name, value) = query[i];
            if (string.Equals(name, "authorization", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var start = scratch.Length;
            AppendEncoded(ref scratch, name, keepSlash: false);
            scratch.Append((byte)'=');
            AppendEncoded(ref scratch, value, keepSlash: false);
            ranges[count * 2] = start;
            ranges[(count * 2) + 1] = scratch.Length - start;
            count++;
        }

        var sorted = ranges[..(count * 2)];
        Sort(scratch.Written, sorted);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                canonical.Append((byte)'&');
            }

            canonical.Append(scratch.Written.Slice(sorted[i * 2], sorted[(i * 2) + 1]));
        }
    }

    /// <summary>
    /// Appends what <see cref="CanonicalRequest.CreateCanonicalHeaders"/> returns and leaves the sorted signed names in
    /// <paramref name="scratch"/> (ranges from <paramref name="namesStart"/>); <see langword="false"/> when a header to
    /// sign appears twice, for the slow path to report.
    /// </summary>
    private static bool AppendCanonicalHeaders(
        ref ByteBuilder canonical, ref ByteBuilder scratch, ReadOnlySpan<KeyValuePair<string, string>> headers,
        HashSet<string>? headersToSign, Span<int> ranges, out int namesStart, out int nameCount)
    {
        // ranges: [entry start, entry length] * n, then [name start, name length] * n.
        namesStart = headers.Length * 2;
        nameCount = 0;
        var count = 0;
        Span<char> lowerName = stackalloc char[128];
        foreach (var (name, value) in headers)
        {
            var trimmedName = name.AsSpan().Trim();
            var lower = trimmedName.Length <= lowerName.Length ? lowerName[..trimmedName.Length] : new char[trimmedName.Length];
            // The fast path has ASCII names only: ASCII lower-casing is what ToLowerInvariant does to them.
            Ascii.ToLower(trimmedName, lower, out _);
            var trimmedValue = value is null ? default : value.AsSpan().Trim();
            if (trimmedValue.IsEmpty || !ShouldSign(lower, headersToSign))
            {
                continue;
            }

            var nameStart = scratch.Length;
            scratch.AppendAscii(lower);

            var written = scratch.Written;
            for (var j = 0; j < count; j++)
            {
                if (written.Slice(ranges[namesStart + (j * 2)], ranges[namesStart + (j * 2) + 1]).SequenceEqual(written[nameStart..]))
                {
                    return false;
                }
            }

            var entryStart = scratch.Length;
            AppendEncoded(ref scratch, lower, keepSlash: false);
            scratch.Append((byte)':');
            AppendEncoded(ref scratch, trimmedValue, keepSlash: false);
            ranges[count * 2] = entryStart;
            ranges[(count * 2) + 1] = scratch.Length - entryStart;
            ranges[namesStart + (count * 2)] = nameStart;
            ranges[namesStart + (count * 2) + 1] = lower.Length;
            count++;
        }

        var entries = ranges[..(count * 2)];
        Sort(scratch.Written, entries);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                canonical.Append((byte)'\n');
            }

            canonical.Append(scratch.Written.Slice(entries[i * 2], entries[(i * 2) + 1]));
        }

        nameCount = count;
        Sort(scratch.Written, ranges.Slice(namesStart, count * 2));
        return true;
    }

    private static bool ShouldSign(ReadOnlySpan<char> lowerName, HashSet<string>? headersToSign)
    {
        if (lowerName.SequenceEqual("authorization"))
        {
            return false;
        }

        // The Go SDK's rule: every x-bce-* header but the request id is signed, whatever the caller listed.
        if (lowerName.StartsWith("x-bce-", StringComparison.Ordinal) && !lowerName.SequenceEqual("x-bce-request-id"))
        {
            return true;
        }

        if (headersToSign is not null)
        {
            return SpanSetLookup.Contains(headersToSign, lowerName);
        }

        return lowerName.SequenceEqual("host") || lowerName.SequenceEqual("content-length")
            || lowerName.SequenceEqual("content-type") || lowerName.SequenceEqual("content-md5");
    }

    /// <summary>The signing key (see <see cref="SigningKeyCache"/>), the signature HMAC and the header, in stack spans; one string allocated.</summary>
    private static string CreateAuthorization(
        BceCredentials credentials, DateTimeOffset timestamp, int expirationInSeconds, ReadOnlySpan<byte> canonicalRequest,
        ReadOnlySpan<byte> scratch, ReadOnlySpan<int> sortedNames)
    {
        var accessKeyId = credentials.AccessKeyId;
        var prefixLength = BceSigner.AuthVersion.Length + 1 + accessKeyId.Length + 1 + TimestampLength + 1 + 11;
        var namesLength = 0;
        for (var i = 0; i < sortedNames.Length; i += 2)
        {
            namesLength += sortedNames[i + 1] + (i > 0 ? 1 : 0);
        }

        var maxLength = prefixLength + 1 + namesLength + 1 + 64;
        char[]? rentedChars = null;
        Span<char> chars = maxLength <= 512 ? stackalloc char[512] : (rentedChars = ArrayPool<char>.Shared.Rent(maxLength));
        try
        {
            var length = WritePrefix(chars, accessKeyId, timestamp, expirationInSeconds);
            Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
            var signingKey = SigningKeyCache.For(credentials, timestamp, expirationInSeconds, chars[..length]);
            HMACSHA256.HashData(signingKey, canonicalRequest, mac);
            chars[length++] = '/';
            for (var i = 0; i < sortedNames.Length; i += 2)
            {
                if (i > 0)
                {
                    chars[length++] = ';';
                }

                foreach (var b in scratch.Slice(sortedNames[i], sortedNames[i + 1]))
                {
                    chars[length++] = (char)b;
                }
            }

            chars[length++] = '/';
            Convert.TryToHexStringLower(mac, chars[length..], out var hexLength);
            length += hexLength;
            return chars[..length].ToString();
        }
        finally
        {
            if (rentedChars is not null)
            {
                ArrayPool<char>.Shared.Return(rentedChars);
            }
        }
    }

    /// <summary>Writes what <see cref="BceSigner.CreateAuthStringPrefix"/> returns.</summary>
    private static int WritePrefix(Span<char> destination, string accessKeyId, DateTimeOffset timestamp, int expirationInSeconds)
    {
        var length = 0;
        BceSigner.AuthVersion.CopyTo(destination);
        length += BceSigner.AuthVersion.Length;
        destination[length++] = '/';
        accessKeyId.CopyTo(destination[length..]);
        length += accessKeyId.Length;
        destination[length++] = '/';
        length += WriteTimestamp(destination[length..], timestamp.UtcDateTime);
        destination[length++] = '/';
        expirationInSeconds.TryFormat(destination[length..], out var written, provider: CultureInfo.InvariantCulture);
        return length + written;
    }

    /// <summary>Writes what <see cref="BceSigner.FormatTimestamp"/> returns, without parsing a format string.</summary>
    private static int WriteTimestamp(Span<char> destination, DateTime utc)
    {
        if (utc.Year < 1000)
        {
            var text = BceSigner.FormatTimestamp(new DateTimeOffset(utc, TimeSpan.Zero));
            text.CopyTo(destination);
            return text.Length;
        }

        WriteDigits(destination[..4], utc.Year);
        destination[4] = '-';
        WriteDigits(destination.Slice(5, 2), utc.Month);
        destination[7] = '-';
        WriteDigits(destination.Slice(8, 2), utc.Day);
        destination[10] = 'T';
        WriteDigits(destination.Slice(11, 2), utc.Hour);
        destination[13] = ':';
        WriteDigits(destination.Slice(14, 2), utc.Minute);
        destination[16] = ':';
        WriteDigits(destination.Slice(17, 2), utc.Second);
        destination[19] = 'Z';
        return TimestampLength;
    }

    private static void WriteDigits(Span<char> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>Appends what <see cref="UriEncoder.AppendEncoded"/> appends, as bytes; runs of unreserved ASCII are copied in bulk.</summary>
    private static void AppendEncoded(ref ByteBuilder builder, scoped ReadOnlySpan<char> text, bool keepSlash)
    {
        var kept = keepSlash ? UnreservedOrSlash : Unreserved;
        while (!text.IsEmpty)
        {
            var run = text.IndexOfAnyExcept(kept);
            if (run < 0)
            {
                builder.AppendAscii(text);
                return;
            }

            builder.AppendAscii(text[..run]);
            if (text[run] > 0x7F)
            {
                // From the first non-ASCII character on, through UTF-8 (which keeps unreserved characters as they are).
                AppendEncodedUtf8(ref builder, text[run..], keepSlash);
                return;
            }

            AppendEscaped(ref builder, (byte)text[run]);
            text = text[(run + 1)..];
        }
    }

    private static void AppendEncodedUtf8(ref ByteBuilder builder, scoped ReadOnlySpan<char> text, bool keepSlash)
    {
        var byteCount = StrictUtf8.GetByteCount(text);
        var rented = ArrayPool<byte>.Shared.Rent(byteCount);
        try
        {
            var written = StrictUtf8.GetBytes(text, rented);
            foreach (var b in rented.AsSpan(0, written))
            {
                AppendEncodedByte(ref builder, b, keepSlash);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented, clearArray: true);
        }
    }

    private static void AppendEncodedByte(ref ByteBuilder builder, byte b, bool keepSlash)
    {
        if (UriEncoder.IsUnreserved((char)b) || (keepSlash && b == (byte)'/'))
        {
            builder.Append(b);
        }
        else
        {
            AppendEscaped(ref builder, b);
        }
    }

    private static void AppendEscaped(ref ByteBuilder builder, byte value)
    {
        builder.Append((byte)'%');
        builder.Append((byte)HexUpper[value >> 4]);
        builder.Append((byte)HexUpper[value & 0xF]);
    }

    /// <summary>Insertion sort of [start, length] pairs by the ASCII bytes they cover: ordinal, as the strings would sort.</summary>
    private static void Sort(ReadOnlySpan<byte> data, Span<int> pairs)
    {
        for (var i = 2; i < pairs.Length; i += 2)
        {
            var start = pairs[i];
            var length = pairs[i + 1];
            var key = data.Slice(start, length);
            var j = i - 2;
            while (j >= 0 && data.Slice(pairs[j], pairs[j + 1]).SequenceCompareTo(key) > 0)
            {
                pairs[j + 2] = pairs[j];
                pairs[j + 3] = pairs[j + 1];
                j -= 2;
            }

            pairs[j + 2] = start;
            pairs[j + 3] = length;
        }
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>A growable byte buffer that starts on the stack and moves to pooled arrays.</summary>
    private ref struct ByteBuilder
    {
        private Span<byte> _buffer;
        private byte[]? _rented;

        public ByteBuilder(Span<byte> initial)
        {
            _buffer = initial;
            _rented = null;
            Length = 0;
        }

        public int Length { get; private set; }

        public readonly ReadOnlySpan<byte> Written => _buffer[..Length];

        public void Clear() => Length = 0;

        public void Append(byte value)
        {
            if (Length == _buffer.Length)
            {
                Grow(1);
            }

            _buffer[Length++] = value;
        }

        public void Append(scoped ReadOnlySpan<byte> value)
        {
            if (Length + value.Length > _buffer.Length)
            {
                Grow(value.Length);
            }

            value.CopyTo(_buffer[Length..]);
            Length += value.Length;
        }

        public void AppendAscii(scoped ReadOnlySpan<char> text)
        {
            if (Length + text.Length > _buffer.Length)
            {
                Grow(text.Length);
            }

            Ascii.FromUtf16(text, _buffer[Length..], out var written);
            Length += written;
        }

        public void AppendAsciiUpper(scoped ReadOnlySpan<char> text)
        {
            if (Length + text.Length > _buffer.Length)
            {
                Grow(text.Length);
            }

            Ascii.ToUpper(text, _buffer[Length..], out var written);
            Length += written;
        }

        public void Dispose()
        {
            if (_rented is not null)
            {
                // The canonical headers hold the session token: nothing of it stays in the shared pool.
                ArrayPool<byte>.Shared.Return(_rented, clearArray: true);
                _rented = null;
            }
        }

        private void Grow(int needed)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, Length + needed));
            _buffer[..Length].CopyTo(larger);
            Dispose();
            _rented = larger;
            _buffer = larger;
        }
    }
}
