namespace Bce.Emulator.Tests.Infrastructure;

/// <summary>Keys a test signs with: an account's long-term keys, or STS session keys with their token.</summary>
public sealed record TestCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken = null)
{
    public static TestCredentials Of(EmulatorAccount account) => new(account.AccessKeyId, account.SecretAccessKey);
}
