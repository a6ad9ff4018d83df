using System.Globalization;
using Bce.Runtime.Credentials;
using Bce.Runtime.Pipeline;

namespace Bce.Runtime.Sts;

/// <summary>
/// The BCE Security Token Service: exchanges long-term keys for temporary session credentials. Sends through a
/// <see cref="BcePipeline"/>, so retries, timeouts and errors behave as for every other BCE client.
/// </summary>
public sealed class StsClient : IDisposable
{
    /// <summary>STS has one endpoint for every region, <c>https://sts.bj.baidubce.com</c>.</summary>
    public static BceServiceDescriptor Service { get; } = new("STS", "sts.bj.baidubce.com", "bj", [], LoggableQueryParameters: ["durationSeconds"]);

    private readonly BcePipeline _pipeline;

    /// <summary>Creates a client.</summary>
    /// <param name="credentials">The long-term keys that sign the STS calls.</param>
    /// <param name="options">Client settings; set <see cref="BceClientOptions.Endpoint"/> for an emulator.</param>
    public StsClient(BceCredentialProvider credentials, BceClientOptions? options = null)
    {
        _pipeline = new BcePipeline(Service, credentials, options);
    }

    /// <summary>Creates a client from long-term keys.</summary>
    /// <param name="credentials">The long-term keys that sign the STS calls.</param>
    /// <param name="options">Client settings; set <see cref="BceClientOptions.Endpoint"/> for an emulator.</param>
    public StsClient(BceCredentials credentials, BceClientOptions? options = null)
        : this(new StaticCredentialProvider(credentials), options)
    {
    }

    /// <summary>The endpoint calls go to.</summary>
    public Uri Endpoint => _pipeline.Endpoint;

    /// <summary>How far the STS clock is ahead of ours, as learnt from its <c>RequestExpired</c> answers.</summary>
    internal TimeSpan ClockSkew => _pipeline.ClockSkew;

    /// <summary>Gets temporary credentials: <c>POST /v1/sessionToken?durationSeconds=N</c>.</summary>
    /// <param name="durationSeconds">How long they should last; <see langword="null"/> for the service's default (the Go SDK asks for 43200, 12 h).</param>
    /// <param name="aclJson">An optional access-control policy (raw JSON) narrowing what the credentials may do.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session credentials.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="durationSeconds"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="aclJson"/> is empty or not valid JSON.</exception>
    public async Task<SessionCredentials> GetSessionTokenAsync(int? durationSeconds = null, string? aclJson = null, CancellationToken cancellationToken = default)
    {
        var message = new BceRequestMessage(HttpMethod.Post, "/v1/sessionToken", "GetSessionToken");
        if (durationSeconds is { } seconds)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seconds, nameof(durationSeconds));
            message.AddQuery("durationSeconds", seconds.ToString(CultureInfo.InvariantCulture));
        }

        if (aclJson is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(aclJson);
            try
            {
                message.SetJsonContent(writer => writer.WriteRawValue(aclJson));
            }
            catch (System.Text.Json.JsonException ex)
            {
                throw new ArgumentException("The ACL is not valid JSON.", nameof(aclJson), ex);
            }
        }

        var response = await _pipeline.SendAsync<SessionCredentials>(message, cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    /// <summary>Releases the client's HTTP resources.</summary>
    public void Dispose() => _pipeline.Dispose();
}
