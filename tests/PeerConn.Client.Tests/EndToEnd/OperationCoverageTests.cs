using Bce.Emulator;
using Bce.Vpc.PeerConnections;

namespace PeerConn.Client.Tests.EndToEnd;

/// <summary>
/// The generated client and the emulator know the same PeerConn operations under the same names, so an operation
/// added to the spec cannot go unserved (or a fault rule name unmatched) without a test noticing.
/// </summary>
public sealed class OperationCoverageTests
{
    [Fact]
    public void The_clients_operations_are_exactly_the_emulators_peerconn_operations()
    {
        var clientOperations = typeof(IPeerConnClient).GetMethods()
            .Select(m => m.Name)
            .Where(name => name.EndsWith("Async", StringComparison.Ordinal))
            .Where(name => !name.StartsWith("WaitUntil", StringComparison.Ordinal) && !name.StartsWith("ListAll", StringComparison.Ordinal))
            .Select(name => name[..^"Async".Length])
            .Distinct()
            .Order(StringComparer.Ordinal);
        var emulatorOperations = OperationNames.All
            .Where(name => name.Contains("PeerConn", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        Assert.Equal(emulatorOperations, clientOperations);
    }
}
