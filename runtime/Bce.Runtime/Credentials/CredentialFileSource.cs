namespace Bce.Runtime.Credentials;

/// <summary>
/// What the two file providers share: where the file is, reading it through <see cref="WatchedCredentialFile{T}"/>,
/// and turning the entry a provider picks (a CLI profile, an INI section) into credentials once per parsed entry, so
/// an unchanged file costs no allocation per request. The provider supplies only how to pick and how to convert.
/// </summary>
/// <typeparam name="TFile">The parsed file.</typeparam>
/// <typeparam name="TEntry">One entry of it.</typeparam>
internal sealed class CredentialFileSource<TFile, TEntry>
    where TFile : class
    where TEntry : class
{
    private readonly FileLocation _location;
    private readonly WatchedCredentialFile<TFile>? _file;
    private readonly Func<TFile, (TEntry? Entry, string Missing)> _find;
    private readonly Func<TFile, TEntry, CredentialLookup> _convert;
    private Converted? _last;

    /// <param name="location">Where the file is, or why it cannot be looked for.</param>
    /// <param name="parse">Parses the bytes of the file at the given path.</param>
    /// <param name="settings">The clock and refresh interval of the watch.</param>
    /// <param name="find">Picks the entry, or says why there is none ("profile 'x' missing").</param>
    /// <param name="convert">Turns the entry into credentials; throws <see cref="BceCredentialFileException"/> when it cannot be used.</param>
    public CredentialFileSource(
        FileLocation location,
        Func<byte[], string, TFile> parse,
        CredentialSourceSettings settings,
        Func<TFile, (TEntry? Entry, string Missing)> find,
        Func<TFile, TEntry, CredentialLookup> convert)
    {
        _location = location;
        _find = find;
        _convert = convert;
        if (location.Unavailable is null)
        {
            _file = new WatchedCredentialFile<TFile>(location.Path, bytes => parse(bytes, location.Path), settings.TimeProvider, settings.FileRefreshInterval);
        }
    }

    /// <summary>The file's full path, or its place under <c>~/.bce</c> when no home directory is known.</summary>
    public string FilePath => _location.Path;

    /// <summary>Credentials, or <see cref="BceCredentialsNotFoundException"/> saying why this file does not apply.</summary>
    public ValueTask<BceCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var lookup = Lookup();
        return lookup.Credentials is { } credentials
            ? ValueTask.FromResult(credentials)
            : throw new BceCredentialsNotFoundException([$"{FilePath}: {lookup.Text}"]);
    }

    /// <summary>Credentials, or why the file does not apply; throws when the file exists but cannot be used.</summary>
    public CredentialLookup Lookup()
    {
        if (_file is null)
        {
            return CredentialLookup.NotApplicable(_location.Unavailable!);
        }

        var file = _file.Read();
        if (file is null)
        {
            return CredentialLookup.NotApplicable("not found");
        }

        var (entry, missing) = _find(file);
        if (entry is null)
        {
            return CredentialLookup.NotApplicable(missing);
        }

        // The same parsed entry gives the same credentials object: no allocation per request while nothing changed.
        if (Volatile.Read(ref _last) is { } last && ReferenceEquals(last.Entry, entry))
        {
            return last.Lookup;
        }

        var lookup = _convert(file, entry);
        Volatile.Write(ref _last, new Converted(entry, lookup));
        return lookup;
    }

    private sealed class Converted(TEntry entry, CredentialLookup lookup)
    {
        public TEntry Entry { get; } = entry;

        public CredentialLookup Lookup { get; } = lookup;
    }
}
