namespace Bce.Runtime;

/// <summary>One page of a marker-paginated list.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items on this page.</param>
/// <param name="NextMarker">Where the next page starts; <see langword="null"/> on the last page.</param>
/// <param name="IsTruncated">Whether more pages follow.</param>
/// <param name="Response">The response that carried this page.</param>
public sealed record BcePage<T>(IReadOnlyList<T> Items, string? NextMarker, bool IsTruncated, BceResponse Response);
