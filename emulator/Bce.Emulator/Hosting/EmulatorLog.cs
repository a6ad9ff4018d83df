using Microsoft.Extensions.Logging;

namespace Bce.Emulator.Hosting;

/// <summary>The emulator's log messages. Keys and signatures are never logged; access key ids are.</summary>
internal static partial class EmulatorLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Target} {Operation} -> {Status}")]
    public static partial void Answered(ILogger logger, string method, string target, string operation, int status);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "{Operation}: injected fault {Kind}")]
    public static partial void FaultInjected(ILogger logger, string operation, FaultKind kind);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Unhandled failure for {Method} {Target}")]
    public static partial void Unhandled(ILogger logger, Exception exception, string method, string target);
}
