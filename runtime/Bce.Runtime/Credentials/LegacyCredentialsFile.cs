namespace Bce.Runtime.Credentials;

/// <summary>
/// The older Python BCE CLI's <c>~/.bce/credentials</c>, parsed: INI sections of <c>key = value</c> lines. Layout,
/// from the CLI's own source (<c>bcecli/conf/credential.py</c>, Baidu BCE CLI for Python, 2015, written by
/// <c>bce -c</c>) and from the BCE SAM CLI (<c>bsamcli/lib/samlib/cfc_credential_helper.py</c> in
/// github.com/BJChen990/bce-sam-cli at 1ad5206e), which reads the same file:
/// <code>
/// [defaults]
/// bce_access_key_id = …
/// bce_secret_access_key = …
/// bce_security_token = …      ; the SAM CLI spells it bce_session_token
/// </code>
/// The CLI writes one section, <c>[defaults]</c>, and keeps other accounts in other folders (<c>bce -c &lt;path&gt;</c>);
/// it writes empty values until keys are entered. <c>~/.bce/config</c> beside it holds only region, domain and
/// transfer settings, never keys, so it is not read.
/// </summary>
internal sealed class LegacyCredentialsFile
{
    /// <summary>Python's <c>ConfigParser</c> section whose keys every other section inherits.</summary>
    private const string InheritedSection = "DEFAULT";

    private readonly Dictionary<string, LegacySection> _sections;

    public LegacyCredentialsFile(Dictionary<string, LegacySection> sections)
    {
        _sections = sections;
    }

    /// <summary>The section with this name (section names are case-sensitive, as in Python).</summary>
    public LegacySection? Find(string name) => _sections.GetValueOrDefault(name);

    /// <summary>A key of the section, else of <c>[DEFAULT]</c>; <see langword="null"/> when absent or empty.</summary>
    public string? Get(LegacySection section, string key)
    {
        var value = section.Get(key);
        if (value is null && !string.Equals(section.Name, InheritedSection, StringComparison.Ordinal))
        {
            value = Find(InheritedSection)?.Get(key);
        }

        return value;
    }

    /// <inheritdoc />
    public override string ToString() => $"LegacyCredentialsFile {{ Sections = {_sections.Count} }}";
}

/// <summary>One <c>[section]</c>; keys are lower-cased, as Python's <c>ConfigParser</c> does.</summary>
internal sealed class LegacySection
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public LegacySection(string name, int line)
    {
        Name = name;
        Line = line;
    }

    public string Name { get; }

    /// <summary>The 1-based line of the section's first header.</summary>
    public int Line { get; }

    /// <summary>Sets a key; a later line wins, as in Python.</summary>
    public void Set(string key, string value) => _values[key] = value;

    /// <summary>The key's value, or <see langword="null"/> when absent or empty.</summary>
    public string? Get(string key) => _values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    /// <inheritdoc />
    public override string ToString() => $"LegacySection {{ Name = {Name}, Keys = {_values.Count} }}";
}
