using Bce.Generator.Model;

namespace Bce.Generator.Emitting;

/// <summary>A parsed service with the namespace its code goes into and the spec's path: exactly the input of emission.</summary>
internal sealed record EmitModel(ServiceSpec Service, string Namespace, string SpecPath);
