namespace Bce.Emulator.Wire;

/// <summary>
/// A failure the emulator answers with the BCE error envelope. Handlers throw it; the request pipeline turns it into
/// <c>{"requestId","code","message"}</c> with <see cref="Status"/>. Build instances through <see cref="ApiErrors"/>.
/// </summary>
internal sealed class BceApiException : Exception
{
    public BceApiException(int status, string code, string message)
        : base(message)
    {
        Status = status;
        Code = code;
    }

    /// <summary>The HTTP status code.</summary>
    public int Status { get; }

    /// <summary>The BCE error code, for example <c>PeerConn.SameVpc</c>.</summary>
    public string Code { get; }
}
