using Bce.Generator.Model;

namespace Bce.Generator.Emitting;

/// <summary>
/// A parsed service with the namespace and visibility its code gets (as configured, checked by the emitter) and the
/// spec's path: exactly the input of emission.
/// </summary>
internal sealed record EmitModel(ServiceSpec Service, string Namespace, string Visibility, string SpecPath)
{
    /// <summary>What the consumer's target offers the generated code (net10.0's unless the driver read otherwise).</summary>
    public Targeting.TargetProfile Target { get; init; } = Targeting.TargetProfile.Modern;
}
