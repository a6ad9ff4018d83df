using System;
using System.Collections.Generic;

namespace Bce.Generator.Parsing;

/// <summary>
/// The C# names taken in one scope (a namespace's types, a type's members, a client's methods), compared ignoring
/// case: hint names are case-insensitive on Windows and macOS, and two names a letter's case apart read as one.
/// </summary>
internal sealed class NameScope
{
    private readonly Dictionary<string, string> _owners = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Takes <paramref name="name"/> for <paramref name="owner"/>; false, with the first owner, when it is taken.</summary>
    public bool TryClaim(string name, string owner, out string firstOwner)
    {
        if (_owners.TryGetValue(name, out firstOwner!))
        {
            return false;
        }

        _owners.Add(name, owner);
        firstOwner = owner;
        return true;
    }

    public bool Contains(string name) => _owners.ContainsKey(name);
}
