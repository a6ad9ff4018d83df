using Microsoft.Extensions.Options;

namespace Bce.Runtime.DependencyInjection;

/// <summary>
/// The one thing validated on start for every <c>AddConfiguredBceClient</c> registration together, so that a host
/// with several clients (two accounts, say) fails in <c>StartAsync</c> with one <see cref="OptionsValidationException"/>
/// listing each client's problem, not an <see cref="AggregateException"/> of one exception per client.
/// </summary>
internal sealed class BceClientsStartupCheck
{
}

/// <summary>Reads every registration's settings (which runs <see cref="BceClientSettingsValidator"/>) and gathers the failures.</summary>
internal sealed class BceClientsStartupValidator(IEnumerable<BceClientRegistration> registrations, IOptionsMonitor<BceClientSettings> settings)
    : IValidateOptions<BceClientsStartupCheck>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, BceClientsStartupCheck options)
    {
        var failures = new List<string>();
        foreach (var registration in registrations)
        {
            try
            {
                _ = settings.Get(registration.Name);
            }
            catch (OptionsValidationException e)
            {
                failures.AddRange(e.Failures);
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
