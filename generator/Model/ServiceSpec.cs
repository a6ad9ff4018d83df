using Bce.Generator.Infrastructure;

namespace Bce.Generator.Model;

/// <summary>Everything one spec file describes: the service, its operations, types, enums and errors.</summary>
/// <param name="Name">Service name as the spec spells it (the runtime's service descriptor carries it).</param>
/// <param name="TypeName">Its C# form; the client is called <c>{TypeName}Client</c>.</param>
/// <param name="Namespace">Namespace from the spec (MSBuild options may override it when emitting).</param>
/// <param name="Description">Documentation of the service.</param>
/// <param name="ApiVersion">Path prefix of every operation, e.g. v1.</param>
/// <param name="EndpointTemplate">Host name with a <c>{region}</c> placeholder.</param>
/// <param name="Regions">Regions the service is offered in.</param>
/// <param name="DefaultRegion">Region used when the caller names none.</param>
/// <param name="Operations">The operations, in spec order.</param>
/// <param name="Models">The JSON object types.</param>
/// <param name="Enums">The string enums.</param>
/// <param name="Errors">The error codes the service answers with.</param>
/// <param name="Waiters">Pollers that wait for a resource to reach a state.</param>
internal sealed record ServiceSpec(
    string Name,
    string TypeName,
    string Namespace,
    string Description,
    string ApiVersion,
    string EndpointTemplate,
    EquatableArray<string> Regions,
    string DefaultRegion,
    EquatableArray<OperationSpec> Operations,
    EquatableArray<ModelSpec> Models,
    EquatableArray<EnumSpec> Enums,
    EquatableArray<ErrorSpec> Errors,
    EquatableArray<WaiterSpec> Waiters)
{
    public string ClientName => TypeName + "Client";

    public string InterfaceName => "I" + ClientName;

    public string ErrorCodesName => TypeName + "ErrorCodes";
}
