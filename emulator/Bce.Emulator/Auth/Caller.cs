namespace Bce.Emulator.Auth;

/// <summary>Who sent an authenticated request.</summary>
/// <param name="AccountId">The account the request acts as.</param>
/// <param name="AccessKeyId">The access key that signed it.</param>
/// <param name="IsSession">Whether the key is an STS session key.</param>
internal sealed record Caller(string AccountId, string AccessKeyId, bool IsSession);
