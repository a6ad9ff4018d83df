using System.Text.Json;

namespace Bce.Emulator.Tests.Infrastructure;

/// <summary>Assertions on emulator responses that dispose nothing and read the body once.</summary>
public static class ResponseAssertions
{
    /// <summary>Asserts 200 with a JSON body and returns it.</summary>
    public static async Task<JsonElement> ShouldBeJsonAsync(this HttpResponseMessage response)
    {
        var contentType = RawContentType(response);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Expected success, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json;charset=UTF-8", contentType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The Content-Type exactly as sent (HttpClient re-formats the parsed value).</summary>
    public static string RawContentType(HttpResponseMessage response) =>
        response.Content.Headers.NonValidated.TryGetValues("Content-Type", out var values) ? values.ToString() : string.Empty;

    /// <summary>Asserts 200 with an empty body (what writes answer).</summary>
    public static async Task ShouldBeEmptyOkAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == 200, $"Expected 200, got {(int)response.StatusCode}: {text}");
        Assert.Equal(string.Empty, text);
    }

    /// <summary>Asserts the BCE error envelope with this status and code, and returns the message.</summary>
    public static async Task<string> ShouldBeErrorAsync(this HttpResponseMessage response, int status, string code)
    {
        var contentType = RawContentType(response);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"Expected {status} {code}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json;charset=UTF-8", contentType);
        var envelope = JsonDocument.Parse(text).RootElement;
        Assert.Equal(code, envelope.GetProperty("code").GetString());
        var requestId = envelope.GetProperty("requestId").GetString();
        Assert.Equal(response.Headers.GetValues("x-bce-request-id").Single(), requestId);
        Assert.True(Guid.TryParse(requestId, out _));
        return envelope.GetProperty("message").GetString()!;
    }
}
