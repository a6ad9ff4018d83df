using Bce.Emulator.Auth;
using Bce.Emulator.Faults;
using Bce.Emulator.Idempotency;
using Bce.Emulator.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bce.Emulator.Hosting;

/// <summary>
/// What happens to every request of a known operation, in order:
/// <list type="number">
/// <item>fault injection decides (a fault "before handling" answers here, and changes nothing);</item>
/// <item>bce-auth-v1 verification;</item>
/// <item>the body is read;</item>
/// <item>writes (POST/PUT/DELETE) are serialised and, with a clientToken, replayed or checked for a mismatch;</item>
/// <item>the handler runs; a successful write is remembered for its clientToken;</item>
/// <item>an after-write fault replaces the answer; otherwise the result or the error envelope is written.</item>
/// </list>
/// </summary>
internal sealed class RequestPipeline
{
    private const int MaxBodyBytes = 1 << 20;
    private const int MaxClientTokenLength = 64;

    private readonly FaultInjector _faults;
    private readonly BceAuthVerifier _verifier;
    private readonly IdempotencyStore _idempotency;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public RequestPipeline(FaultInjector faults, BceAuthVerifier verifier, IdempotencyStore idempotency, ILogger logger)
    {
        _faults = faults;
        _verifier = verifier;
        _idempotency = idempotency;
        _logger = logger;
    }

    /// <summary>Runs <paramref name="handler"/> for a request of <paramref name="operation"/>.</summary>
    public async Task RunAsync(HttpContext context, string operation, Func<EmulatorRequest, ApiResult> handler)
    {
        var fault = _faults.Evaluate(operation);
        if (fault is not null)
        {
            EmulatorLog.FaultInjected(_logger, operation, fault.Kind);
            if (!fault.IsAfterWrite && await FaultResponder.TryAnswerBeforeHandlingAsync(context, fault))
            {
                return;
            }
        }

        ApiResult? result = null;
        BceApiException? error = null;
        try
        {
            result = await HandleAsync(context, operation, handler);
        }
        catch (BceApiException e)
        {
            error = e;
        }

        await AnswerAsync(context, fault, result, error);
        EmulatorLog.Answered(_logger, context.Request.Method, context.Request.Path + context.Request.QueryString, operation, context.Response.StatusCode);
    }

    /// <summary>Writes the outcome, unless a fault that acts after handling replaces or cuts it.</summary>
    private static Task AnswerAsync(HttpContext context, FaultRule? fault, ApiResult? result, BceApiException? error)
    {
        if (fault is { IsAfterWrite: true })
        {
            return FaultResponder.AnswerAfterHandlingAsync(context, fault);
        }

        if (fault is { Kind: FaultKind.TruncatedBody })
        {
            return result is not null
                ? FaultResponder.WriteTruncatedAsync(context, result.Status, result.Body.ToArray(), WireFormats.JsonContentType)
                : FaultResponder.WriteTruncatedAsync(context, error!.Status, ResponseWriter.ErrorEnvelope(RequestIds.Of(context), error.Code, error.Message), WireFormats.JsonContentType);
        }

        return error is not null ? ResponseWriter.WriteErrorAsync(context, error) : ResponseWriter.WriteAsync(context, result!);
    }

    private async Task<ApiResult> HandleAsync(HttpContext context, string operation, Func<EmulatorRequest, ApiResult> handler)
    {
        var query = QueryParameters.From(context.Request);
        var caller = _verifier.Verify(context.Request, query);
        var body = await ReadBodyAsync(context);
        var request = new EmulatorRequest(context, operation, caller, query, body);
        if (HttpMethods.IsGet(context.Request.Method))
        {
            return handler(request);
        }

        await _writeGate.WaitAsync(context.RequestAborted);
        try
        {
            return HandleWrite(request, handler);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private ApiResult HandleWrite(EmulatorRequest request, Func<EmulatorRequest, ApiResult> handler)
    {
        var token = request.Query.Get("clientToken");
        if (string.IsNullOrEmpty(token))
        {
            return handler(request);
        }

        if (token.Length > MaxClientTokenLength || !token.All(char.IsAscii))
        {
            throw ApiErrors.InvalidHttpRequest($"clientToken must be at most {MaxClientTokenLength} ASCII characters.");
        }

        var fingerprint = RequestFingerprint.Compute(
            request.Http.Request.Method,
            RequestCanonicalizer.DecodedPath(request.Http.Request),
            request.Query,
            request.Body.Span);
        if (_idempotency.Lookup(request.Caller.AccountId, token, fingerprint) is { } replay)
        {
            return replay;
        }

        var result = handler(request);
        _idempotency.Remember(request.Caller.AccountId, token, fingerprint, result);
        return result;
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                throw ApiErrors.InvalidHttpRequest($"The request body is larger than {MaxBodyBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
