namespace Bce.Runtime.Tests.TestSupport;

/// <summary>Fabricated keys; tests assert these never show up in messages.</summary>
public static class TestKeys
{
    public const string AccessKeyId = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    public const string SecretAccessKey = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    public const string SessionToken = "ZmFrZS1zdHMtdG9rZW4tZm9yLXRlc3Rz/AAAB+kMx9a0==";

    public static readonly DateTimeOffset Epoch = new(2025, 1, 15, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Asserts that no secret material appears in <paramref name="text"/>.</summary>
    public static void AssertNoSecrets(string text)
    {
        Assert.DoesNotContain(SecretAccessKey, text);
        Assert.DoesNotContain(SessionToken, text);
        Assert.DoesNotContain("bce-auth-v1", text);
    }
}
