using Bce.Emulator.Tests.Infrastructure;

namespace Bce.Emulator.Tests.Vpcs;

/// <summary>CreateVpc: the answer, what is stored, and every validation rule of the body.</summary>
public sealed class CreateVpcTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    [Fact]
    public async Task Answers_exactly_the_new_vpc_id()
    {
        using var response = await session.Primary.CreateVpcAsync(Bodies.Vpc("172.16.0.0/12"), Bodies.NewToken());
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Matches("^\\{\"vpcId\":\"vpc-[a-z0-9]{12}\"\\}$", text);
    }

    [Fact]
    public async Task The_created_vpc_belongs_to_its_creator_and_keeps_what_was_asked()
    {
        var body = Bodies.Vpc("10.20.0.0/16", "apps").With("description", "for apps").With("tags", new[] { new { tagKey = "env", tagValue = "test" } });
        using var response = await session.Primary.CreateVpcAsync(body);
        var id = (await response.ShouldBeJsonAsync()).GetProperty("vpcId").GetString()!;

        var stored = session.Emulator.State.FindVpc(id)!;
        Assert.Equal(EmulatorDefaults.Primary.AccountId, stored.AccountId);
        Assert.Equal(("apps", "10.20.0.0/16", false, null), (stored.Name, stored.Cidr, stored.IsDefault, stored.Ipv6Cidr));
        var detail = await session.Primary.GetVpcOkAsync(id);
        Assert.Equal("for apps", detail.GetProperty("description").GetString());
        Assert.Equal("env", detail.GetProperty("tags")[0].GetProperty("tagKey").GetString());
    }

    [Fact]
    public async Task EnableIpv6_gives_the_vpc_a_documentation_prefix_56()
    {
        using var response = await session.Primary.CreateVpcAsync(Bodies.Vpc().With("enableIpv6", true));
        var id = (await response.ShouldBeJsonAsync()).GetProperty("vpcId").GetString()!;
        Assert.Matches("^2001:db8:[0-9a-f]{1,4}::/56$", (await session.Primary.GetVpcOkAsync(id)).GetProperty("ipv6Cidr").GetString());
    }

    [Theory]
    [InlineData("10.0.0.0/8")]
    [InlineData("172.16.0.0/12")]
    [InlineData("192.168.0.0/16")]
    [InlineData("192.168.10.0/28")]
    public async Task Any_private_block_from_its_range_down_to_a_28_is_accepted(string cidr)
    {
        await session.Primary.CreateVpcOkAsync(cidr);
    }

    [Theory]
    [InlineData("8.8.8.0/24")]
    [InlineData("172.32.0.0/16")]
    [InlineData("0.0.0.0/0")]
    [InlineData("192.168.0.0/29")]
    [InlineData("192.168.0.1/16")]
    [InlineData("192.168.0.0")]
    [InlineData("192.168.0/16")]
    [InlineData("192.168.000.0/16")]
    [InlineData("192.168.0.0/33")]
    [InlineData("fd00::/48")]
    [InlineData("not a cidr")]
    public async Task A_cidr_that_is_not_a_canonical_private_ipv4_block_of_at_most_28_is_Vpc_InvalidCidr(string cidr)
    {
        using var response = await session.Primary.CreateVpcAsync(Bodies.Vpc(cidr));
        var message = await response.ShouldBeErrorAsync(400, "Vpc.InvalidCidr");
        Assert.Contains("cidr", message);
    }

    public static TheoryData<string, object?> InvalidFields => new()
    {
        { "name", null },
        { "name", "" },
        { "name", "default" },
        { "name", "1starts_with_a_digit" },
        { "name", "has space" },
        { "name", new string('n', 66) },
        { "name", 7 },
        { "cidr", null },
        { "cidr", 10 },
        { "description", new string('d', 201) },
        { "enableIpv6", "yes" },
        { "tags", new[] { new { tagValue = "no key" } } },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Missing_wrong_typed_or_out_of_range_fields_are_InappropriateJSON(string field, object? value)
    {
        using var response = await session.Primary.CreateVpcAsync(Bodies.Vpc().With(field, value));
        var message = await response.ShouldBeErrorAsync(400, "InappropriateJSON");
        Assert.Contains(field, message);
    }

    [Theory]
    [InlineData("vpc-name_1/a.b")]
    [InlineData("私有网络")]
    public async Task Names_may_hold_letters_of_any_script_digits_and_the_four_marks(string name)
    {
        await session.Primary.CreateVpcOkAsync(name: name);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    public async Task A_body_that_is_not_json_is_MalformedJSON(string body)
    {
        using var response = await session.Primary.SendAsync(HttpMethod.Post, "/v1/vpc", body);
        await response.ShouldBeErrorAsync(400, "MalformedJSON");
    }

    [Fact]
    public async Task A_rejected_create_stores_nothing()
    {
        var before = session.Emulator.State.Vpcs.Count;
        using var response = await session.Primary.CreateVpcAsync(Bodies.Vpc("8.8.8.0/24"));
        await response.ShouldBeErrorAsync(400, "Vpc.InvalidCidr");
        Assert.Equal(before, session.Emulator.State.Vpcs.Count);
    }
}
