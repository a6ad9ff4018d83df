namespace Bce.Runtime.Serialization;

/// <summary>
/// A model the service answers with whose spec marks some properties required (generated code implements it
/// explicitly). An answer in which one of them is missing, null or empty is not a valid answer: the pipeline raises a
/// <see cref="Errors.BceClientException"/> instead of returning it as a success.
/// </summary>
public interface IBceRequiredProperties
{
    /// <summary>
    /// The JSON path of the first required property that is missing, null or empty (<c>peerConnId</c>,
    /// <c>peerConns[3].peerConnId</c>), or <see langword="null"/> when every one is present.
    /// </summary>
    /// <returns>The path, or <see langword="null"/>.</returns>
    string? FindMissingRequiredProperty();
}
