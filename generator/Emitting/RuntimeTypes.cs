namespace Bce.Generator.Emitting;

/// <summary>
/// The Bce.Runtime types generated code calls, in one place: the contract between the two sides
/// (runtime/README.md describes it from the runtime's side).
/// </summary>
internal static class RuntimeTypes
{
    /// <summary>
    /// The metadata name of a type every generated client uses: when the compilation cannot find it, Bce.Runtime is not
    /// referenced and the generator reports BCE013 instead of emitting code that cannot compile.
    /// </summary>
    public const string ServiceDescriptorMetadataName = "Bce.Runtime.Pipeline.BceServiceDescriptor";

    public const string Response = "global::Bce.Runtime.BceResponse";
    public const string ClientOptions = "global::Bce.Runtime.BceClientOptions";
    public const string Pageable = "global::Bce.Runtime.BcePageable";
    public const string Page = "global::Bce.Runtime.BcePage";
    public const string Credentials = "global::Bce.Runtime.Credentials.BceCredentials";
    public const string CredentialProvider = "global::Bce.Runtime.Credentials.BceCredentialProvider";
    public const string StaticCredentialProvider = "global::Bce.Runtime.Credentials.StaticCredentialProvider";
    public const string Pipeline = "global::Bce.Runtime.Pipeline.BcePipeline";
    public const string RequestMessage = "global::Bce.Runtime.Pipeline.BceRequestMessage";
    public const string ServiceDescriptor = "global::Bce.Runtime.Pipeline.BceServiceDescriptor";
    public const string IdempotencyToken = "global::Bce.Runtime.Pipeline.IdempotencyToken";
    public const string Uri = "global::Bce.Runtime.Pipeline.BceUri";
    public const string JsonModel = "global::Bce.Runtime.Serialization.IBceJsonModel";
    public const string AnswerFormat = "global::Bce.Runtime.Serialization.BceAnswerFormat";
    public const string RequiredProperties = "global::Bce.Runtime.Serialization.IBceRequiredProperties";
    public const string JsonReader = "global::Bce.Runtime.Serialization.BceJsonReader";
    public const string Timestamp = "global::Bce.Runtime.Serialization.BceTimestamp";
    public const string ServiceException = "global::Bce.Runtime.Errors.BceServiceException";
    public const string ClientException = "global::Bce.Runtime.Errors.BceClientException";
    public const string Waiter = "global::Bce.Runtime.Waiting.BceWaiter";
    public const string WaitOptions = "global::Bce.Runtime.Waiting.BceWaitOptions";
    public const string WaiterException = "global::Bce.Runtime.Errors.BceWaiterException";
    public const string Utf8JsonReader = "global::System.Text.Json.Utf8JsonReader";
    public const string Utf8JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
    public const string JsonTokenType = "global::System.Text.Json.JsonTokenType";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string Task = "global::System.Threading.Tasks.Task";
    public const string InvariantCulture = "global::System.Globalization.CultureInfo.InvariantCulture";
}
