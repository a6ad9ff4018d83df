using Bce.Runtime.Errors;

namespace Bce.Runtime.Credentials;

/// <summary>
/// Reads credentials from <c>BCE_ACCESS_KEY_ID</c>, <c>BCE_SECRET_ACCESS_KEY</c> and the optional
/// <c>BCE_SESSION_TOKEN</c>. The variables are read on every call, so a rotated key is picked up without a restart.
/// </summary>
/// <remarks>No Baidu SDK defines environment variable names; these follow the usual cloud SDK convention.</remarks>
public sealed class EnvironmentCredentialProvider : BceCredentialProvider
{
    /// <summary>The variable holding the access key id.</summary>
    public const string AccessKeyIdVariable = "BCE_ACCESS_KEY_ID";

    /// <summary>The variable holding the secret access key.</summary>
    public const string SecretAccessKeyVariable = "BCE_SECRET_ACCESS_KEY";

    /// <summary>The optional variable holding an STS session token.</summary>
    public const string SessionTokenVariable = "BCE_SESSION_TOKEN";

    private readonly Func<string, string?> _getVariable;

    /// <summary>Creates a provider that reads the process environment.</summary>
    public EnvironmentCredentialProvider()
        : this(Environment.GetEnvironmentVariable)
    {
    }

    /// <summary>Creates a provider over another variable source (tests).</summary>
    internal EnvironmentCredentialProvider(Func<string, string?> getVariable)
    {
        _getVariable = getVariable;
    }

    /// <inheritdoc />
    /// <exception cref="BceClientException">
    /// A required variable is missing or empty (the message names it), or a value holds a control character, a space or
    /// a non-ASCII character (the message never shows the value).
    /// </exception>
    public override ValueTask<BceCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        var accessKeyId = Require(AccessKeyIdVariable);
        var secretAccessKey = Require(SecretAccessKeyVariable);
        var sessionToken = _getVariable(SessionTokenVariable);
        try
        {
            return ValueTask.FromResult(new BceCredentials(accessKeyId.Trim(), secretAccessKey.Trim(), sessionToken?.Trim()));
        }
        catch (ArgumentException ex)
        {
            // BceCredentials' message names the value's role, never the value.
            throw new BceClientException($"The credentials in {AccessKeyIdVariable}, {SecretAccessKeyVariable} or {SessionTokenVariable} cannot be used: {ex.Message}");
        }
    }

    private string Require(string name)
    {
        var value = _getVariable(name);
        return string.IsNullOrWhiteSpace(value)
            ? throw new BceClientException($"The environment variable {name} is not set; set {AccessKeyIdVariable} and {SecretAccessKeyVariable} (and {SessionTokenVariable} for STS credentials).")
            : value;
    }
}
