using System.Security.Cryptography;

namespace Bce.Emulator.PeerConns;

/// <summary>
/// Every connection ever created (deleted ones are kept with status <c>deleted</c> so their ids stay unique and tests
/// can inspect them) and the id generator. Not thread-safe: used under <see cref="PeerConnService"/>'s lock.
/// </summary>
internal sealed class PeerConnStore
{
    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private readonly Dictionary<string, PeerConnection> _byId = new(StringComparer.Ordinal);
    private readonly HashSet<string> _interfaceIds = new(StringComparer.Ordinal);

    /// <summary>Every connection, deleted ones included.</summary>
    public IEnumerable<PeerConnection> All => _byId.Values;

    /// <summary>Connections that are not deleted.</summary>
    public IEnumerable<PeerConnection> Live => _byId.Values.Where(c => !c.IsDeleted);

    /// <summary>The connection with this id, deleted or not; null when the id was never issued.</summary>
    public PeerConnection? Find(string id) => _byId.GetValueOrDefault(id);

    public void Add(PeerConnection connection) => _byId.Add(connection.Id, connection);

    /// <summary>A fresh <c>peerconn-</c> + 12 lowercase alphanumerics.</summary>
    public string NewPeerConnId()
    {
        while (true)
        {
            var id = "peerconn-" + RandomNumberGenerator.GetString(IdAlphabet, 12);
            if (!_byId.ContainsKey(id))
            {
                return id;
            }
        }
    }

    /// <summary>A fresh <c>qpif-</c> + 12 lowercase alphanumerics.</summary>
    public string NewInterfaceId()
    {
        while (true)
        {
            var id = "qpif-" + RandomNumberGenerator.GetString(IdAlphabet, 12);
            if (_interfaceIds.Add(id))
            {
                return id;
            }
        }
    }
}
