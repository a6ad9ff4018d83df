using Bce.Runtime.Credentials;
using Bce.Runtime.Errors;
using Bce.Runtime.Pipeline;
using Microsoft.Extensions.Options;

namespace Bce.Runtime.DependencyInjection;

/// <summary>
/// Checks one registration's settings the way its client will use them, so that a host fails in <c>StartAsync</c>
/// (through <c>ValidateOnStart</c>) rather than on the first call: the settings must make a valid pipeline, and when
/// credentials come from the settings' source (no provider registered), that source must hold keys now.
/// </summary>
/// <remarks>
/// Only local sources are probed (environment and files, which answer synchronously); a provider the application
/// registered, such as an STS one, may need the network and is not called at startup. The messages are the
/// runtime's, which name variables, files and profiles, never a key.
/// </remarks>
internal sealed class BceClientSettingsValidator(BceClientRegistration registration, IServiceProvider services)
    : IValidateOptions<BceClientSettings>
{
    private static readonly StaticCredentialProvider PlaceholderCredentials = new("validation-only", "validation-only");

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, BceClientSettings options)
    {
        if (name != registration.Name)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>(2);
        if (ValidatePipeline(options) is { } invalid)
        {
            failures.Add($"BCE client {registration.DisplayName} has invalid settings: {invalid}");
        }

        if (!registration.HasRegisteredCredentials(services) && ProbeCredentials(options) is { } missing)
        {
            failures.Add($"BCE client {registration.DisplayName} has no credentials ({options.CredentialSource}): {missing}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Builds (and drops) a pipeline from the settings: its constructor is where the settings' rules live.</summary>
    private string? ValidatePipeline(BceClientSettings settings)
    {
        try
        {
            var options = settings.ToOptions();
            options.Transport = UnusedTransport.Instance;
            using var pipeline = new BcePipeline(registration.Service, PlaceholderCredentials, options);
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    private string? ProbeCredentials(BceClientSettings settings)
    {
        try
        {
            var provider = registration.CreateCredentialsFromSettings(services, settings);
            _ = provider.GetCredentialsAsync().AsTask().GetAwaiter().GetResult();
            return null;
        }
        catch (BceException e)
        {
            return e.Message;
        }
    }
}
