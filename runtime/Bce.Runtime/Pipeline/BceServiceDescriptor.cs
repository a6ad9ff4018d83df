namespace Bce.Runtime.Pipeline;

/// <summary>What the runtime needs to know about one BCE service; generated from the spec's service block.</summary>
/// <param name="ServiceName">The service name, for example <c>PeerConn</c>.</param>
/// <param name="EndpointTemplate">The host with a <c>{region}</c> placeholder, for example <c>bcc.{region}.baidubce.com</c>.</param>
/// <param name="DefaultRegion">The region used when the options name none, for example <c>bj</c>.</param>
/// <param name="RetryableErrorCodes">Error codes the spec marks retryable, on top of the runtime's own list.</param>
/// <param name="LoggableQueryParameters">
/// Query parameter names whose values may be logged (matched case-sensitively): the generator lists every query
/// parameter the spec declares (selectors and paging such as <c>vpcId</c>, <c>marker</c>). The runtime adds its own
/// <c>clientToken</c>; every other value is logged as <c>REDACTED</c>. <see langword="null"/> for none.
/// </param>
public sealed record BceServiceDescriptor(
    string ServiceName,
    string EndpointTemplate,
    string DefaultRegion,
    IReadOnlyList<string> RetryableErrorCodes,
    IReadOnlyList<string>? LoggableQueryParameters = null);
