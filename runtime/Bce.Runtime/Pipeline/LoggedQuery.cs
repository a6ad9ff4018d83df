using System.Collections.Frozen;
using Bce.Runtime.Logging;

namespace Bce.Runtime.Pipeline;

/// <summary>
/// How a call's query appears in the log: as on the wire (so line breaks and other log-forging characters stay
/// encoded), with the values of names outside the service's allow-list shown as <see cref="LogRedaction.Redacted"/>.
/// </summary>
internal sealed class LoggedQuery
{
    private readonly FrozenSet<string> _loggedNames;

    /// <summary>Allows the values of <paramref name="service"/>'s loggable parameters and of <c>clientToken</c>.</summary>
    public LoggedQuery(BceServiceDescriptor service)
    {
        _loggedNames = FrozenSet.ToFrozenSet(
            [BceRequestMessage.ClientTokenParameter, .. service.LoggableQueryParameters ?? []],
            StringComparer.Ordinal);
    }

    /// <summary>The names whose values are logged.</summary>
    public FrozenSet<string> LoggedNames => _loggedNames;

    /// <summary>The query with its <c>?</c>, redacted; empty when there is none.</summary>
    public string Format(IReadOnlyList<KeyValuePair<string, string?>> query) =>
        WireQuery.Build(query, (name, encoded) => _loggedNames.Contains(name) ? encoded : LogRedaction.Redacted);
}
