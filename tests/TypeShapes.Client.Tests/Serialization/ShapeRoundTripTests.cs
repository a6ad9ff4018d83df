using System.Text;
using System.Text.Json;
using Bce.Runtime.Serialization;
using Bce.Tests.Shapes;

namespace TypeShapes.Client.Tests.Serialization;

/// <summary>Every type-side shape survives JSON → model → JSON byte for byte, and reads into the values it says.</summary>
public sealed class ShapeRoundTripTests
{
    public static TheoryData<string> Documents() => new()
    {
        """{"gadgetId":"g-1","labels":{"team":"net","empty":""}}""",
        """{"gadgetId":"g-1","counters":{"a":1,"b":-9007199254740993}}""",
        """{"gadgetId":"g-1","ratios":{"half":0.5,"third":0.3333333333333333}}""",
        """{"gadgetId":"g-1","parts":{"left":{"partId":"p-1","serial":"s"},"right":{"partId":"p-2"}}}""",
        """{"gadgetId":"g-1","partLists":{"slot":[{"partId":"p-1"},{"partId":"p-2"}],"none":[]}}""",
        """{"gadgetId":"g-1","aliases":{"a":["x","y"],"b":[]}}""",
        """{"gadgetId":"g-1","versions":{"v4":4,"future":5}}""",
        """{"gadgetId":"g-1","ipVersion":6,"ipVersions":[4,6,7]}""",
        """{"gadgetId":"g-1","weight":1.5,"score":2.25}""",
        """{"gadgetId":"g-1","port":"121","bigPort":"9007199254740993"}""",
        """{"gadgetId":"g-1","size":10,"code":"abc","mode":"safe"}""",
        """{"gadgetId":"g-1","endpoint":{"port":6600,"address":"a.example.com","tls":{"enabled":true}}}""",
        """{"gadgetId":"g-1","mirrors":[{"region":"bj"},{"region":"gz"}],"zones":{"zoneA":{"subnetId":"sbn-1"}}}""",
        """{"gadgetId":"g-1","labels":{}}""",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Gadget_round_trips_through_its_serializer(string json)
    {
        var gadget = BceJson.Deserialize<Gadget>(Encoding.UTF8.GetBytes(json));

        Assert.Equal(json, Encoding.UTF8.GetString(BceJson.Serialize(gadget)));
    }

    [Fact]
    public void Maps_read_into_dictionaries_of_their_value_type()
    {
        var gadget = Read("""{"labels":{"team":"net"},"counters":{"a":"12"},"parts":{"left":{"partId":"p-1"}},"partLists":{"slot":[{"partId":"p-2"}]},"aliases":{"a":["x"]},"versions":{"v6":6}}""");

        Assert.Equal("net", gadget.Labels!["team"]);
        Assert.Equal(12L, gadget.Counters!["a"]);
        Assert.Equal("p-1", gadget.Parts!["left"].PartId);
        Assert.Equal("p-2", Assert.Single(gadget.PartLists!["slot"]).PartId);
        Assert.Equal(["x"], gadget.Aliases!["a"]);
        Assert.Equal(IpVersion.Value6, gadget.Versions!["v6"]);
    }

    [Fact]
    public void Map_keys_keep_their_case_and_order()
    {
        var gadget = Read("""{"labels":{"b":"1","B":"2","a":"3"}}""");

        Assert.Equal(["b", "B", "a"], gadget.Labels!.Keys);
        Assert.Equal("""{"labels":{"b":"1","B":"2","a":"3"}}""", Write(gadget));
    }

    [Fact]
    public void A_duplicate_map_key_keeps_its_last_value()
    {
        // Go's encoding/json (the official SDK) and System.Text.Json both let the last one win.
        var gadget = Read("""{"labels":{"team":"first","other":"x","team":"last"}}""");

        Assert.Equal(2, gadget.Labels!.Count);
        Assert.Equal("last", gadget.Labels["team"]);
        Assert.Equal("""{"labels":{"team":"last","other":"x"}}""", Write(gadget));
    }

    [Fact]
    public void A_null_map_value_reads_as_the_empty_value_and_a_null_map_as_null()
    {
        var gadget = Read("""{"labels":{"a":null},"aliases":{"b":null},"counters":null}""");

        Assert.Equal(string.Empty, gadget.Labels!["a"]);
        Assert.Empty(gadget.Aliases!["b"]);
        Assert.Null(gadget.Counters);
    }

    [Fact]
    public void A_map_that_is_not_an_object_is_refused()
    {
        Assert.Throws<JsonException>(() => Read("""{"labels":["a"]}"""));
        Assert.Throws<JsonException>(() => Read("""{"parts":{"left":"p-1"}}"""));
    }

    [Fact]
    public void Integer_enum_reads_numbers_and_numeric_text_and_writes_numbers()
    {
        var gadget = Read("""{"ipVersion":"4","ipVersions":[6]}""");

        Assert.Equal(IpVersion.Value4, gadget.IpVersion);
        Assert.True(gadget.IpVersion!.Value.IsKnown);
        Assert.Equal("""{"ipVersion":4,"ipVersions":[6]}""", Write(gadget));
    }

    [Fact]
    public void Unknown_integer_enum_value_survives_a_round_trip()
    {
        var gadget = Read("""{"ipVersion":8}""");

        Assert.False(gadget.IpVersion!.Value.IsKnown);
        Assert.Equal(8, gadget.IpVersion.Value.Value);
        Assert.Equal("8", gadget.IpVersion.Value.ToString());
        Assert.Equal("""{"ipVersion":8}""", Write(gadget));
    }

    [Fact]
    public void Integer_enum_refuses_text_that_is_not_a_number()
    {
        Assert.Throws<JsonException>(() => Read("""{"ipVersion":"v4"}"""));
    }

    [Fact]
    public void Wire_format_string_reads_a_number_too_and_writes_text()
    {
        var gadget = Read("""{"port":121,"bigPort":"  7 "}""");

        Assert.Equal(121, gadget.Port);
        Assert.Equal(7L, gadget.BigPort);
        Assert.Equal("""{"port":"121","bigPort":"7"}""", Write(gadget));
    }

    [Fact]
    public void Wire_format_string_refuses_text_that_is_not_a_number()
    {
        Assert.Throws<JsonException>(() => Read("""{"port":"http"}"""));
    }

    [Fact]
    public void Float_reads_numbers_and_refuses_one_beyond_its_range()
    {
        Assert.Equal(0.25f, Read("""{"weight":0.25}""").Weight);
        Assert.Throws<JsonException>(() => Read("""{"weight":1e300}"""));
    }

    [Fact]
    public void A_string_property_reads_a_json_number_as_its_text()
    {
        // spec/vpc/README.md section 12 item 8: Probe.destPort is a string in Go, a number in the API reference.
        var gadget = Read("""{"gadgetId":8080}""");

        Assert.Equal("8080", gadget.GadgetId);
    }

    [Fact]
    public void Defaults_are_documented_not_applied()
    {
        var gadget = Read("""{"gadgetId":"g-1"}""");

        Assert.Null(gadget.Size);
        Assert.Null(gadget.Mode);
        Assert.Equal("""{"gadgetId":"g-1"}""", Write(gadget));
    }

    [Fact]
    public void Inline_objects_are_generated_types_named_after_their_parent()
    {
        var gadget = Read("""{"endpoint":{"port":1,"tls":{"enabled":false}},"mirrors":[{"region":"bj"}],"zones":{"z":{"subnetId":"s"}}}""");

        GadgetEndpoint endpoint = gadget.Endpoint!;
        TlsSettings tls = endpoint.Tls!;
        GadgetMirrors mirror = Assert.Single(gadget.Mirrors!);
        GadgetZones zone = gadget.Zones!["z"];
        Assert.Equal(1, endpoint.Port);
        Assert.False(tls.Enabled);
        Assert.Equal("bj", mirror.Region);
        Assert.Equal("s", zone.SubnetId);
    }

    [Fact]
    public void Required_property_missing_inside_a_map_value_is_named_by_its_key()
    {
        IBceRequiredProperties gadget = Read("""{"gadgetId":"g-1","parts":{"left":{"partId":"p-1"},"right":{"serial":"s"}}}""");

        Assert.Equal("parts[\"right\"].partId", gadget.FindMissingRequiredProperty());
    }

    [Fact]
    public void Required_property_missing_inside_a_map_of_lists_is_named_by_key_and_index()
    {
        IBceRequiredProperties gadget = Read("""{"gadgetId":"g-1","partLists":{"slot":[{"partId":"p-1"},{}]}}""");

        Assert.Equal("partLists[\"slot\"][1].partId", gadget.FindMissingRequiredProperty());
    }

    [Fact]
    public void Required_property_missing_inside_an_inline_object_is_found()
    {
        IBceRequiredProperties gadget = Read("""{"gadgetId":"g-1","endpoint":{"address":"a"}}""");

        Assert.Equal("endpoint.port", gadget.FindMissingRequiredProperty());
    }

    private static Gadget Read(string json) => BceJson.Deserialize<Gadget>(Encoding.UTF8.GetBytes(json));

    private static string Write(Gadget gadget) => Encoding.UTF8.GetString(BceJson.Serialize(gadget));
}
