using Microsoft.CodeAnalysis;

namespace Bce.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports. Ids are stable: users suppress and search by them.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Bce.Generator";
    private const string HelpLink = "https://github.com/bce-dotnet/bce-sdk-generated/blob/main/spec/README.md#diagnostics";

    public static readonly DiagnosticDescriptor MalformedYaml = Error(
        "BCE001", "Malformed YAML", "The spec is not valid YAML: {0}");

    public static readonly DiagnosticDescriptor MissingRequiredKey = Error(
        "BCE002", "Missing required key", "{0} is missing the required key '{1}'");

    public static readonly DiagnosticDescriptor UnknownTypeReference = Error(
        "BCE003", "Unknown type reference", "Type '{0}' is not defined under 'types' or 'enums'");

    public static readonly DiagnosticDescriptor DuplicateOperation = Error(
        "BCE004", "Duplicate operation", "Operation '{0}' is defined more than once{1}");

    public static readonly DiagnosticDescriptor UndefinedPathParameter = Error(
        "BCE005", "Path parameter without a definition",
        "Path parameter '{{{0}}}' of operation '{1}' has no definition under 'pathParameters'");

    public static readonly DiagnosticDescriptor UnsupportedType = Error(
        "BCE006", "Unsupported type", "Type '{0}' is not supported; use string, int32, int64, float, double, boolean, timestamp, a type or enum name, Name[], or map<string, Name>");

    public static readonly DiagnosticDescriptor InvalidValue = Error(
        "BCE007", "Invalid value", "Invalid value for {0}: {1}");

    public static readonly DiagnosticDescriptor UnexpectedNode = Error(
        "BCE008", "Unexpected YAML node", "{0} must be a {1}");

    public static readonly DiagnosticDescriptor DuplicateName = Error(
        "BCE009", "Duplicate name", "'{0}' is defined more than once; generated names must be unique");

    public static readonly DiagnosticDescriptor UnknownKey = new(
        "BCE010", "Unknown key", "Unknown key '{0}' in {1}; it is ignored", Category,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink);

    public static readonly DiagnosticDescriptor ExtraDocument = new(
        "BCE011", "Extra YAML document", "Only the first YAML document of a spec is read; this one is ignored", Category,
        DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink);

    public static readonly DiagnosticDescriptor MisspelledKey = Error(
        "BCE012", "Misspelled key", "Unknown key '{0}' in {1}; did you mean '{2}'?");

    public static readonly DiagnosticDescriptor RuntimeMissing = Error(
        "BCE013", "Bce.Runtime not referenced",
        "The BCE client generator needs the Bce.Runtime package: add <PackageReference Include=\"Bce.Runtime\" />; no client is generated until then");

    public static readonly DiagnosticDescriptor SpecNotOptedIn = new(
        "BCE014", "Spec not opted in",
        "'{0}' looks like a BCE API spec (top-level 'service' and 'operations') but is not opted in, so no client is generated from it: "
        + "list it as <BceApi Include=\"path/to/{0}\" />, or add BceSpec=\"true\" to its AdditionalFiles item",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink);

    public static readonly DiagnosticDescriptor InvalidResponse = Error(
        "BCE020", "Invalid response", "Invalid response of operation '{0}': {1}");

    public static readonly DiagnosticDescriptor InvalidHeaderParameter = Error(
        "BCE021", "Invalid header parameter", "Invalid header parameter {0}: {1}");

    public static readonly DiagnosticDescriptor InvalidQueryArray = Error(
        "BCE022", "Invalid query array", "Invalid query parameter {0}: {1}");

    public static readonly DiagnosticDescriptor InvalidArrayBody = Error(
        "BCE023", "Invalid array body", "Invalid array body of operation '{0}': {1}");
    // BCE030-BCE039: the type side of the format (constraints, defaults, wire formats, maps, inline objects, integer enums).
    public static readonly DiagnosticDescriptor ConstraintDoesNotFit = Error(
        "BCE030", "Constraint does not fit the property", "'{1}' of {0} cannot be used: {2}");

    public static readonly DiagnosticDescriptor InvalidPattern = Error(
        "BCE031", "Invalid pattern", "The pattern of {0} is not a valid .NET regular expression: {1}");

    public static readonly DiagnosticDescriptor InvalidDefault = Error(
        "BCE032", "Default does not fit the property", "The default of {0} does not fit: {1}");

    public static readonly DiagnosticDescriptor InvalidWireFormat = Error(
        "BCE033", "Invalid wire format", "Invalid value for {0}: {1}");

    public static readonly DiagnosticDescriptor InvalidMapType = Error(
        "BCE034", "Unsupported map type", "Type '{0}' is not supported: {1}");

    public static readonly DiagnosticDescriptor InlineTypeNameTaken = Error(
        "BCE035", "Inline object name taken",
        "The object described in place at {0} would be the C# type {1}, which {2} already has; name it with 'typeName'");

    public static readonly DiagnosticDescriptor InvalidIntegerEnum = Error(
        "BCE036", "Invalid integer enum", "Invalid value for {0}: {1}");

    // BCE040-BCE049: the consumer's target (C# version, framework).
    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Error(
        "BCE040", "C# version too old for the generated client",
        "The client generated from this spec needs C# {0} or later, but the project compiles with C# {1}: remove the project's <LangVersion> "
        + "(Bce.Runtime then sets 'latest') or set <LangVersion>latest</LangVersion>; no client is generated until then");

    public static readonly DiagnosticDescriptor UnknownSelectedOperation = Error(
        "BCE050", "Unknown operation selected",
        "Operations of BceApi '{1}' names '{0}', which is not an operation of its spec; name operations as the spec's 'operations' section does");

    public static readonly DiagnosticDescriptor MisspelledSelectedOperation = Error(
        "BCE051", "Misspelled operation selected",
        "Operations of BceApi '{1}' names '{0}', which is not an operation of its spec; did you mean '{2}'?");

    public static readonly DiagnosticDescriptor EmptyOperationSelection = Error(
        "BCE052", "Empty operation selection",
        "Operations of BceApi '{0}' is '{1}', which names no operation, so nothing is generated from it; name at least one (Operations=\"CreateVpc;ListVpcs\") or remove the metadata to keep every operation");

    public static readonly DiagnosticDescriptor UnexpectedFailure = Error(
        "BCE099", "Generator failure", "The generator could not process this spec: {0}");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink);
}
