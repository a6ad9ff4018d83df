namespace Bce.Generator.Model;

/// <summary>An HTTP header a request member fills.</summary>
/// <param name="Name">The header name on the wire (an HTTP token, not one the pipeline writes).</param>
/// <param name="Parameter">The request member that holds the value.</param>
internal sealed record HeaderEntry(string Name, PropertySpec Parameter);
