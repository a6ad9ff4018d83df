using Bce.Emulator.Wire;

namespace Bce.Emulator.Vpcs;

/// <summary>
/// The name and description rules of VPCs and subnets: a name is 1 to 65 characters — letters (any script), digits,
/// <c>-</c>, <c>_</c>, <c>/</c>, <c>.</c> — starting with a letter, and not <c>default</c>; a description is at
/// most 200 characters. Breaking one is <c>InappropriateJSON</c>.
/// </summary>
internal static class ResourceNames
{
    public const int MaxNameLength = 65;
    public const int MaxDescriptionLength = 200;

    /// <summary>The required <c>name</c> field, checked.</summary>
    public static string RequiredName(JsonBody json)
    {
        var name = json.RequiredString("name");
        if (name.Length > MaxNameLength)
        {
            throw json.Invalid("name", $"must be at most {MaxNameLength} characters");
        }

        if (!char.IsLetter(name[0]) || !name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '/' or '.'))
        {
            throw json.Invalid("name", "must start with a letter and hold only letters, digits, '-', '_', '/' and '.'");
        }

        return string.Equals(name, "default", StringComparison.OrdinalIgnoreCase)
            ? throw json.Invalid("name", "cannot be 'default'")
            : name;
    }

    /// <summary>The optional <c>description</c> field, checked; null when absent.</summary>
    public static string? OptionalDescription(JsonBody json)
    {
        var description = json.OptionalString("description");
        return description is { Length: > MaxDescriptionLength }
            ? throw json.Invalid("description", $"must be at most {MaxDescriptionLength} characters")
            : description;
    }
}
