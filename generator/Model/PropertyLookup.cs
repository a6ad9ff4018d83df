using System.Collections.Generic;

namespace Bce.Generator.Model;

/// <summary>Finding a property by its JSON name, shared by the parser's checks and the emitters.</summary>
internal static class PropertyLookup
{
    public static PropertySpec? Find(this IEnumerable<PropertySpec> properties, string jsonName)
    {
        foreach (var property in properties)
        {
            if (property.JsonName == jsonName)
            {
                return property;
            }
        }

        return null;
    }
}
