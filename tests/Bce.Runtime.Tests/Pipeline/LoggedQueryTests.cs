using Bce.Runtime.Pipeline;
using Bce.Runtime.Sts;

namespace Bce.Runtime.Tests.Pipeline;

/// <summary>Which query values a log shows is the service descriptor's to say; the runtime only adds clientToken.</summary>
public sealed class LoggedQueryTests
{
    private static readonly LoggedQuery Widgets = new(PipelineHarness.Service with { LoggableQueryParameters = ["marker", "maxKeys"] });

    [Fact]
    public void Query_keeps_every_name_and_only_the_values_the_descriptor_allows()
    {
        var query = Widgets.Format(
        [
            new("marker", "m 1"),
            new("maxKeys", "100"),
            new("authorization", "bce-auth-v1/ak/sig"),
            new("accept", null),
            new("clientToken", "tok-1"),
            new("Marker", "case matters"),
            new("vpcId", "vpc-1"),
        ]);

        Assert.Equal("?marker=m%201&maxKeys=100&authorization=REDACTED&accept&clientToken=tok-1&Marker=REDACTED&vpcId=REDACTED", query);
    }

    [Fact]
    public void Empty_query_is_empty_text() => Assert.Equal(string.Empty, Widgets.Format([]));

    [Fact]
    public void Query_names_are_encoded_so_they_cannot_forge_log_lines() =>
        Assert.Equal("?a%0Ab=REDACTED", Widgets.Format([new("a\nb", "x")]));

    [Fact]
    public void Without_a_list_only_the_client_token_shows()
    {
        var logged = new LoggedQuery(PipelineHarness.Service);

        Assert.Equal(["clientToken"], logged.LoggedNames);
    }

    [Fact]
    public void Sts_logs_its_duration()
    {
        Assert.Equal(["clientToken", "durationSeconds"], new LoggedQuery(StsClient.Service).LoggedNames.Order(StringComparer.Ordinal));
    }
}
