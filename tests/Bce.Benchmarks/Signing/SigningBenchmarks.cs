using System.Security.Cryptography;
using System.Text;
using Bce.Runtime.Credentials;
using Bce.Runtime.Signing;
using BenchmarkDotNet.Attributes;

namespace Bce.Benchmarks.Signing;

/// <summary>
/// Signing one typical write, a ResizePeerConn call exactly as the pipeline presents it to the signer:
/// <c>PUT /v1/peerconn/{id}?resize&amp;clientToken=…</c> with host, content-type, content-length, x-bce-date and
/// x-bce-request-id (the last one is not signed). Baseline: the two-HMAC floor, the two HMAC-SHA256 computations every
/// signer must do (signing key, then signature) over the already built auth-string prefix and canonical request bytes.
/// </summary>
[MemoryDiagnoser]
public class SigningBenchmarks
{
    private const string AccessKeyId = "a0c3e1b7f2d94c8e9b1a2f3c4d5e6f70";
    private const string SecretAccessKey = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private const string Path = "/v1/peerconn/peerconn-srbvvxmjn7ux";

    private static readonly DateTimeOffset Timestamp = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

    private readonly BceCredentials _credentials = new(AccessKeyId, SecretAccessKey);
    private readonly byte[] _secretBytes = Encoding.UTF8.GetBytes(SecretAccessKey);
    private byte[] _prefixBytes = [];
    private byte[] _canonicalBytes = [];
    private long _second;

    private readonly KeyValuePair<string, string?>[] _query =
    [
        new("resize", null),
        new("clientToken", "be31b98c-5e41-4838-9830-9be700de5a20"),
    ];

    private readonly KeyValuePair<string, string>[] _headers =
    [
        new("host", "bcc.bj.baidubce.com"),
        new("content-type", "application/json; charset=utf-8"),
        new("content-length", "26"),
        new("x-bce-date", "2026-03-14T09:26:53Z"),
        new("x-bce-request-id", "4a0e2c5d-7f61-4b8e-93a2-1c5b7d9e0f13"),
    ];

    [GlobalSetup]
    public void Setup()
    {
        _prefixBytes = Encoding.UTF8.GetBytes(BceSigner.CreateAuthStringPrefix(AccessKeyId, Timestamp, BceSignOptions.DefaultExpirationInSeconds));
        _canonicalBytes = Encoding.UTF8.GetBytes(CanonicalRequest.Create("PUT", Path, _query, _headers).Text);
        var naive = NaiveReference();
        var runtime = RuntimeSigner();
        var pooled = PooledSigner();
        var floor = Convert.ToHexStringLower(TwoHmacSignature());
        if (naive != runtime || naive != pooled || !naive.EndsWith('/' + floor, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The signers disagree:\nnaive:   {naive}\nruntime: {runtime}\npooled:  {pooled}\nfloor:   {floor}");
        }
    }

    /// <summary>HMAC(SK, prefix), its lowercase hex as the key of HMAC(key, canonical request): the work no signer can skip.</summary>
    [Benchmark(Baseline = true)]
    public byte TwoHmacFloor()
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Span<byte> signingKey = stackalloc byte[HMACSHA256.HashSizeInBytes * 2];
        HMACSHA256.HashData(_secretBytes, _prefixBytes, mac);
        Convert.TryToHexStringLower(mac, signingKey, out _);
        HMACSHA256.HashData(signingKey, _canonicalBytes, mac);
        return mac[0];
    }

    [Benchmark]
    public string NaiveReference() =>
        NaiveSigner.Sign(AccessKeyId, SecretAccessKey, "PUT", Path, _query, _headers, Timestamp);

    [Benchmark]
    public string RuntimeSigner() => BceSigner.Sign(_credentials, "PUT", Path, _query, _headers, Timestamp);

    /// <summary>
    /// The internal signer the attempt stage uses, on the same inputs. Signing the same second again, it reuses the
    /// thread's signing key (<c>SigningKeyCache</c>), as every call after the first in a second does.
    /// </summary>
    [Benchmark]
    public string PooledSigner() =>
        Runtime.Signing.PooledSigner.Sign(_credentials, "PUT", Path, _query, _headers, null, Timestamp, BceSignOptions.DefaultExpirationInSeconds);

    /// <summary>The same signer when every signature falls in a new second: no signing key to reuse, both HMACs run.</summary>
    [Benchmark]
    public string PooledSignerNewSecond() =>
        Runtime.Signing.PooledSigner.Sign(
            _credentials, "PUT", Path, _query, _headers, null, Timestamp.AddSeconds(++_second % 86_400), BceSignOptions.DefaultExpirationInSeconds);

    private byte[] TwoHmacSignature()
    {
        var mac = new byte[HMACSHA256.HashSizeInBytes];
        Span<byte> signingKey = stackalloc byte[HMACSHA256.HashSizeInBytes * 2];
        HMACSHA256.HashData(_secretBytes, _prefixBytes, mac);
        Convert.TryToHexStringLower(mac, signingKey, out _);
        HMACSHA256.HashData(signingKey, _canonicalBytes, mac);
        return mac;
    }
}
