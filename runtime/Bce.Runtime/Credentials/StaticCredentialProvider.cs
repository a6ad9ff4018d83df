namespace Bce.Runtime.Credentials;

/// <summary>Always hands out the same credentials.</summary>
public sealed class StaticCredentialProvider : BceCredentialProvider
{
    private readonly ValueTask<BceCredentials> _credentials;

    /// <summary>Creates the provider.</summary>
    /// <param name="credentials">The credentials to hand out.</param>
    public StaticCredentialProvider(BceCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        Credentials = credentials;
        _credentials = ValueTask.FromResult(credentials);
    }

    /// <summary>Creates the provider from an access key pair.</summary>
    /// <param name="accessKeyId">The access key id (AK).</param>
    /// <param name="secretAccessKey">The secret access key (SK).</param>
    /// <param name="sessionToken">The STS session token, if these are temporary credentials.</param>
    public StaticCredentialProvider(string accessKeyId, string secretAccessKey, string? sessionToken = null)
        : this(new BceCredentials(accessKeyId, secretAccessKey, sessionToken))
    {
    }

    /// <summary>The credentials handed out.</summary>
    public BceCredentials Credentials { get; }

    /// <inheritdoc />
    public override ValueTask<BceCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) => _credentials;

    /// <inheritdoc />
    public override string ToString() => $"StaticCredentialProvider {{ {Credentials} }}";
}
