using System.Security.Cryptography;

namespace Bce.Runtime.Credentials;

/// <summary>
/// One credential file, parsed and cached. At most once per refresh interval (measured on the
/// <see cref="TimeProvider"/>) its last-write time and length are compared with the ones it was read at; when either
/// changed it is read and parsed again, so keys rotated in the file are picked up without a restart.
/// </summary>
/// <remarks>
/// A file rewritten with the same length inside the file system's timestamp granularity (1–2 s on FAT and HFS+,
/// nanoseconds on ext4, NTFS and APFS) is not seen as changed. A file that fails to parse is not cached: every call
/// reads it again until it parses, so a fix applies at once.
/// </remarks>
/// <typeparam name="T">The parsed contents.</typeparam>
internal sealed class WatchedCredentialFile<T>
    where T : class
{
    /// <summary>Credential files are a few hundred bytes; anything this large is not one.</summary>
    private const long MaxBytes = 1024 * 1024;

    private readonly Func<byte[], T> _parse;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _refreshInterval;
    private readonly Lock _lock = new();
    private Snapshot? _snapshot;

    /// <param name="path">The file's full path.</param>
    /// <param name="parse">Parses the bytes; throws <see cref="BceCredentialFileException"/> on malformed content.</param>
    /// <param name="timeProvider">The clock that paces the checks.</param>
    /// <param name="refreshInterval">How long a check is trusted; zero checks on every call.</param>
    public WatchedCredentialFile(string path, Func<byte[], T> parse, TimeProvider timeProvider, TimeSpan refreshInterval)
    {
        Path = path;
        _parse = parse;
        _timeProvider = timeProvider;
        _refreshInterval = refreshInterval;
    }

    public string Path { get; }

    /// <summary>The parsed contents, or <see langword="null"/> when the file does not exist.</summary>
    /// <exception cref="BceCredentialFileException">The file cannot be read, is too large, or does not parse.</exception>
    public T? Read()
    {
        var now = _timeProvider.GetUtcNow();
        var cached = Volatile.Read(ref _snapshot);
        if (IsFresh(cached, now))
        {
            return cached!.Value;
        }

        lock (_lock)
        {
            cached = _snapshot;
            if (IsFresh(cached, now))
            {
                return cached!.Value;
            }

            var info = new FileInfo(Path);
            if (!info.Exists)
            {
                return Remember(new Snapshot(Exists: false, default, 0, null, now));
            }

            if (cached is { Exists: true } && cached.LastWriteTimeUtc == info.LastWriteTimeUtc && cached.Length == info.Length)
            {
                return Remember(cached with { CheckedAt = now });
            }

            if (info.Length > MaxBytes)
            {
                throw new BceCredentialFileException(Path, null, null, $"is {info.Length} bytes long, more than a credential file can be ({MaxBytes} bytes)");
            }

            var bytes = ReadBytes();
            if (bytes is null)
            {
                return Remember(new Snapshot(Exists: false, default, 0, null, now));
            }

            try
            {
                return Remember(new Snapshot(Exists: true, info.LastWriteTimeUtc, info.Length, _parse(bytes), now));
            }
            finally
            {
                // The raw bytes hold the secret; the parsed strings are all that should stay in memory.
                CryptographicOperations.ZeroMemory(bytes);
            }
        }
    }

    private bool IsFresh(Snapshot? snapshot, DateTimeOffset now) =>
        snapshot is not null && now - snapshot.CheckedAt < _refreshInterval;

    private T? Remember(Snapshot snapshot)
    {
        Volatile.Write(ref _snapshot, snapshot);
        return snapshot.Value;
    }

    private byte[]? ReadBytes()
    {
        try
        {
            return File.ReadAllBytes(Path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            // Deleted between the check and the read.
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BceCredentialFileException(Path, null, null, $"cannot be read ({ex.GetType().Name})", ex);
        }
    }

    private sealed record Snapshot(bool Exists, DateTime LastWriteTimeUtc, long Length, T? Value, DateTimeOffset CheckedAt);
}
