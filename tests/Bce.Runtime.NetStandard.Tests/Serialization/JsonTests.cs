using System.Text;
using Bce.Runtime.Serialization;
using Bce.Runtime.Sts;
using Bce.Vpc.PeerConnections;

namespace Bce.Runtime.NetStandard.Tests.Serialization;

/// <summary>
/// JSON through the netstandard2.0 build: generated models read through the readers their module initializer
/// registered, the runtime's own model through its own registration, with the same text and errors as net10.0.
/// </summary>
public sealed class JsonTests
{
    [Fact]
    public void A_generated_model_round_trips_with_relaxed_escaping()
    {
        var billing = new Billing { PaymentTiming = PaymentTiming.Postpaid, Reservation = new Reservation { ReservationLength = 3, ReservationTimeUnit = "month" } };

        var json = BceJson.Serialize(billing);
        var read = BceJson.Deserialize<Billing>(json);

        Assert.Equal("""{"paymentTiming":"Postpaid","reservation":{"reservationLength":3,"reservationTimeUnit":"month"}}""", Encoding.UTF8.GetString(json));
        Assert.Equal(PaymentTiming.Postpaid, read.PaymentTiming);
        Assert.Equal(3, read.Reservation?.ReservationLength);
    }

    [Fact]
    public void Non_ascii_text_stays_readable_on_the_wire()
    {
        var json = BceJson.Serialize(new Tag { TagKey = "环境", TagValue = "测试" });

        Assert.Equal("""{"tagKey":"环境","tagValue":"测试"}""", Encoding.UTF8.GetString(json));
    }

    [Fact]
    public void The_runtime_registers_its_own_models_readers()
    {
        var json = """{"accessKeyId":"ak-session","secretAccessKey":"sk-session","sessionToken":"token","createTime":"2024-01-01T00:00:00Z","expiration":"2024-01-01T00:30:00Z"}"""u8;

        var credentials = BceJson.Deserialize<SessionCredentials>(json);

        Assert.Equal("ak-session", credentials.AccessKeyId);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 30, 0, TimeSpan.Zero), credentials.Expiration);
        Assert.DoesNotContain("sk-session", credentials.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_json_is_a_JsonException_naming_the_model()
    {
        var error = Assert.ThrowsAny<System.Text.Json.JsonException>(() => BceJson.Deserialize<Billing>("[1]"u8));

        Assert.Contains("object", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
