namespace Bce.Emulator;

/// <summary>What an injected fault does to a request.</summary>
public enum FaultKind
{
    /// <summary>Answer 500 <c>InternalError</c> (BCE envelope) without handling the request.</summary>
    Status500,

    /// <summary>Answer 502 with a non-JSON HTML body, as a load balancer would, without handling the request.</summary>
    Status502,

    /// <summary>Answer 503 <c>ServiceUnavailable</c> (BCE envelope) without handling the request.</summary>
    Status503,

    /// <summary>Answer 400 with code <c>Http400</c> (which BCE clients retry) without handling the request.</summary>
    Http400,

    /// <summary>Answer 400 <c>RequestExpired</c> without handling the request.</summary>
    RequestExpired,

    /// <summary>Abort the connection before handling the request.</summary>
    DropConnection,

    /// <summary>Wait <see cref="FaultRule.Delay"/> (real time), then handle the request normally.</summary>
    Delay,

    /// <summary>
    /// Declare a full Content-Length, send half the body and abort. Reads are handled and their real body is cut;
    /// writes are not handled and a cut <c>{}</c> is sent.
    /// </summary>
    TruncatedBody,

    /// <summary>Handle the request (the write is applied and remembered for its clientToken), then answer 500 <c>InternalError</c>.</summary>
    Status500AfterWrite,

    /// <summary>Handle the request (the write is applied and remembered for its clientToken), then abort the connection.</summary>
    DropConnectionAfterWrite,
}
