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
}
