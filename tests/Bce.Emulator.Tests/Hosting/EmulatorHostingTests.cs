using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.Hosting;

/// <summary>The in-process API: starting, stopping, accounts, options validation and state snapshots.</summary>
public sealed class EmulatorHostingTests
{
    [Fact]
    public async Task Starts_on_a_free_loopback_port_with_the_two_default_accounts()
    {
        await using var first = await BceEmulator.StartAsync();
        await using var second = await BceEmulator.StartAsync();
        Assert.Equal("127.0.0.1", first.Endpoint.Host);
        Assert.NotEqual(first.Endpoint, second.Endpoint);
        Assert.Equal([EmulatorDefaults.Primary, EmulatorDefaults.Secondary], first.Accounts);
    }

    [Fact]
    public async Task Serves_configured_accounts_with_their_own_keys_and_vpcs()
    {
        var account = new EmulatorAccount("acct-x", "ak-x", "sk-x") { VpcIds = ["vpc-xxxxxxxxxxxx"] };
        await using var session = await EmulatorSession.StartAsync(o => o.Accounts.Add(account));
        Assert.Equal([account], session.Emulator.Accounts);
        var client = session.ClientFor(account);
        await client.CreateOkAsync(Bodies.Create("vpc-xxxxxxxxxxxx", Bodies.NewVpcId()));
        Assert.Equal(1, session.Emulator.State.ConnectionCount("acct-x"));
        using var defaultKeys = await session.Primary.ListAsync();
        await defaultKeys.ShouldBeErrorAsync(403, "InvalidAccessKeyId");
    }

    [Fact]
    public async Task Stops_listening_and_tolerates_a_second_stop()
    {
        var emulator = await BceEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };
        await emulator.StopAsync();
        await emulator.StopAsync();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("/v1/peerconn"));
        await emulator.DisposeAsync();
    }

    [Fact]
    public async Task Listens_on_the_requested_port()
    {
        await using var probe = await BceEmulator.StartAsync();
        var port = probe.Endpoint.Port;
        await probe.StopAsync();
        await using var emulator = await BceEmulator.StartAsync(new EmulatorOptions { Port = port });
        Assert.Equal(new Uri($"http://127.0.0.1:{port}"), emulator.Endpoint);
    }

    [Fact]
    public async Task A_port_in_use_fails_the_start()
    {
        await using var first = await BceEmulator.StartAsync();
        await Assert.ThrowsAnyAsync<IOException>(() => BceEmulator.StartAsync(new EmulatorOptions { Port = first.Endpoint.Port }));
    }

    public static TheoryData<string> InvalidOptions => new()
    {
        "duplicate account id",
        "duplicate access key",
        "vpc given twice",
        "negative port",
        "empty region",
        "negative skew",
        "empty secret",
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public async Task Inconsistent_options_are_refused(string problem)
    {
        var options = new EmulatorOptions();
        switch (problem)
        {
            case "duplicate account id":
                options.Accounts.Add(new EmulatorAccount("a", "k1", "s"));
                options.Accounts.Add(new EmulatorAccount("a", "k2", "s"));
                break;
            case "duplicate access key":
                options.Accounts.Add(new EmulatorAccount("a", "k", "s"));
                options.Accounts.Add(new EmulatorAccount("b", "k", "s"));
                break;
            case "vpc given twice":
                options.Accounts.Add(new EmulatorAccount("a", "k1", "s") { VpcIds = ["vpc-1"] });
                options.Accounts.Add(new EmulatorAccount("b", "k2", "s") { VpcIds = ["vpc-1"] });
                break;
            case "negative port":
                options.Port = -1;
                break;
            case "empty region":
                options.Region = " ";
                break;
            case "negative skew":
                options.ClockSkewAllowance = TimeSpan.FromSeconds(-1);
                break;
            case "empty secret":
                options.Accounts.Add(new EmulatorAccount("a", "k", string.Empty));
                break;
        }

        await Assert.ThrowsAnyAsync<ArgumentException>(() => BceEmulator.StartAsync(options));
    }

    [Fact]
    public void Account_text_never_shows_the_secret()
    {
        var text = new EmulatorAccount("acct", "ak-visible", "sk-very-secret") { VpcIds = ["vpc-a"] }.ToString();
        Assert.Contains("ak-visible", text);
        Assert.Contains("vpc-a", text);
        Assert.DoesNotContain("sk-very-secret", text);
    }

    [Fact]
    public void Default_accounts_are_the_documented_values_and_cannot_be_changed()
    {
        Assert.Equal(("e0000000000000000000000000000001", "a0000000000000000000000000000001", "b0000000000000000000000000000001"),
            (EmulatorDefaults.Primary.AccountId, EmulatorDefaults.Primary.AccessKeyId, EmulatorDefaults.Primary.SecretAccessKey));
        Assert.Equal(("e0000000000000000000000000000002", "a0000000000000000000000000000002", "b0000000000000000000000000000002"),
            (EmulatorDefaults.Secondary.AccountId, EmulatorDefaults.Secondary.AccessKeyId, EmulatorDefaults.Secondary.SecretAccessKey));
        Assert.Equal([EmulatorDefaults.PrimaryVpcA, EmulatorDefaults.PrimaryVpcB, EmulatorDefaults.PrimaryVpcC], EmulatorDefaults.Primary.VpcIds);
        Assert.Equal([EmulatorDefaults.SecondaryVpcA, EmulatorDefaults.SecondaryVpcB], EmulatorDefaults.Secondary.VpcIds);
        Assert.All(EmulatorDefaults.Primary.VpcIds.Concat(EmulatorDefaults.Secondary.VpcIds), v => Assert.Matches("^vpc-[a-z0-9]{12}$", v));
        Assert.Throws<NotSupportedException>(() => EmulatorDefaults.Primary.VpcIds.Add("vpc-mine"));
    }

    [Fact]
    public async Task State_counts_live_connections_per_account()
    {
        await using var session = await EmulatorSession.StartAsync();
        await Scenarios.SameAccountAsync(session);
        var cross = await Scenarios.CrossAccountAsync(session);
        var deleted = await Scenarios.SameAccountAsync(session);
        using (var response = await session.Primary.DeleteAsync(deleted))
        {
            await response.ShouldBeEmptyOkAsync();
        }

        var counts = session.Emulator.State.ConnectionCountsByAccount;
        Assert.Equal(2, counts[EmulatorDefaults.Primary.AccountId]);
        Assert.Equal(1, counts[EmulatorDefaults.Secondary.AccountId]);
        Assert.Equal(3, session.Emulator.State.Connections.Count);
        Assert.Equal("consulting", session.Emulator.State.Find(cross)!.Status);
        Assert.Null(session.Emulator.State.Find("peerconn-000000000000"));
    }
}
