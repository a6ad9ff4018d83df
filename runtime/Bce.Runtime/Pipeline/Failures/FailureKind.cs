namespace Bce.Runtime.Pipeline;

/// <summary>What went wrong with a call or one of its attempts, as <see cref="FailureClassifier"/> decides it.</summary>
internal enum FailureKind
{
    /// <summary>The service answered non-2xx (or 2xx with an empty body where that means 404).</summary>
    ServiceError,

    /// <summary>A 2xx answer that was empty, did not parse, or lacks a property the spec requires.</summary>
    Unreadable,

    /// <summary>The answer passed <see cref="BceClientOptions.MaxResponseSize"/>; reading stopped there.</summary>
    AnswerTooLarge,

    /// <summary>No answer: connecting failed, or the connection broke after sending.</summary>
    Network,

    /// <summary>One attempt outlasted <see cref="BceClientOptions.AttemptTimeout"/>.</summary>
    AttemptTimeout,

    /// <summary>The whole call outlasted <see cref="BceClientOptions.Timeout"/>.</summary>
    OverallTimeout,

    /// <summary>The caller's cancellation token fired.</summary>
    Canceled,

    /// <summary>The credential provider failed; nothing was sent.</summary>
    Credentials,

    /// <summary>The request could not be built (a header value with a control character); nothing was sent.</summary>
    InvalidRequest,

    /// <summary>Anything else the HTTP stack threw.</summary>
    Unexpected,
}
