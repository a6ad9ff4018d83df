using Bce.Runtime.Logging;
using Microsoft.Extensions.Logging;

namespace Bce.Runtime.Credentials;

/// <summary>When a <see cref="RefreshingCredentialProvider"/> refreshes.</summary>
public sealed class RefreshingCredentialProviderOptions
{
    /// <summary>The shortest default preempt window.</summary>
    public static readonly TimeSpan MinimumDefaultPreemptWindow = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long before expiry to refresh. <see langword="null"/> (the default) means 10 % of the credentials' lifetime
    /// but at least 5 minutes. Either way the window is capped at half the lifetime, so short-lived credentials are not
    /// refreshed on every call.
    /// </summary>
    public TimeSpan? PreemptWindow { get; set; }

    /// <summary>The clock that decides expiry; default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Where refreshes are logged (<see cref="BceLogEvents.CredentialsRefreshed"/> at Information, with only the first
    /// four characters of the access key id; <see cref="BceLogEvents.CredentialsRefreshFailed"/> at Warning, with only
    /// the exception type); <see langword="null"/> (the default) logs nothing. Suggested category:
    /// <see cref="BceLogEvents.CredentialsCategory"/>.
    /// </summary>
    public ILogger? Logger { get; set; }
}
