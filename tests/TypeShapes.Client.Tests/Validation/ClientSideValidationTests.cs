using System.Text;
using Bce.Tests.Shapes;

namespace TypeShapes.Client.Tests.Validation;

/// <summary>
/// minLength, maxLength, pattern and ranges are checked before a request is sent, with the exception today's
/// required-member check throws (ArgumentException naming the member, never its value); models in maps are checked too.
/// </summary>
public sealed class ClientSideValidationTests
{
    [Fact]
    public void A_valid_request_passes_and_its_body_carries_every_shape()
    {
        var request = Valid();
        request.Labels = new Dictionary<string, string> { ["team"] = "net" };
        request.Parts = new Dictionary<string, Part> { ["left"] = new() { PartId = "p-1" } };
        request.Weight = 0.5f;

        request.Validate();

        Assert.Equal(
            """{"name":"gadget_1","labels":{"team":"net"},"port":"121","ipVersion":6,"weight":0.5,"parts":{"left":{"partId":"p-1"}}}""",
            Body(request));
    }

    [Fact]
    public void A_default_is_not_sent_when_the_member_is_unset()
    {
        var request = Valid();
        request.Port = null;

        Assert.Equal("""{"name":"gadget_1","ipVersion":6}""", Body(request));
    }

    [Fact]
    public void A_name_longer_than_maxLength_is_refused_before_sending()
    {
        var request = Valid();
        request.Name = "n" + new string('x', 65);

        var error = Assert.Throws<ArgumentException>(request.Validate);

        Assert.Equal("request", error.ParamName);
        Assert.StartsWith("request.Name must be 1 to 65 characters long.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("xxxx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_of_exactly_maxLength_passes()
    {
        var request = Valid();
        request.Name = "n" + new string('x', 64);

        request.Validate();
    }

    [Fact]
    public void A_name_that_does_not_match_the_pattern_is_refused_without_showing_it()
    {
        var request = Valid();
        request.Name = "9-secret-looking";

        var error = Assert.Throws<ArgumentException>(request.Validate);

        Assert.Contains("request.Name must match the pattern ^[A-Za-z][A-Za-z0-9_-]*$.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wire_format_string_port_keeps_its_numeric_range()
    {
        var request = Valid();
        request.Port = 65536;

        var error = Assert.Throws<ArgumentOutOfRangeException>(request.Validate);

        Assert.Contains("request.Port must be between 1 and 65535.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_inside_a_map_is_validated_and_named_by_its_key()
    {
        var request = Valid();
        request.Parts = new Dictionary<string, Part> { ["left"] = new() { PartId = "p-1" }, ["right"] = new() };

        var error = Assert.Throws<ArgumentException>(request.Validate);

        Assert.StartsWith("request.Parts[\"right\"].PartId is required.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_inside_a_map_of_lists_is_validated_with_key_and_index()
    {
        var gadget = new Gadget
        {
            GadgetId = "g-1",
            PartLists = new Dictionary<string, IList<Part>> { ["slot"] = [new() { PartId = "p-1" }, new() { PartId = "p-2", Serial = new string('s', 17) }] },
        };

        var error = Assert.Throws<ArgumentException>(() => gadget.Validate("gadget"));

        Assert.StartsWith("gadget.PartLists[\"slot\"][1].Serial must be at most 16 characters long.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inline_object_is_validated_as_part_of_its_parent()
    {
        var gadget = new Gadget { GadgetId = "g-1", Endpoint = new GadgetEndpoint { Address = "a" } };

        var error = Assert.Throws<ArgumentException>(() => gadget.Validate("gadget"));

        Assert.StartsWith("gadget.Endpoint.Port is required.", error.Message, StringComparison.Ordinal);
    }

    private static string Body(CreateGadgetRequest request)
    {
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream))
        {
            request.WriteBody(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static CreateGadgetRequest Valid() => new() { Name = "gadget_1", IpVersion = IpVersion.Value6, Port = 121 };
}
