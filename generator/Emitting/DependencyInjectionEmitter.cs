using Bce.Generator.Diagnostics;
using Bce.Generator.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Bce.Generator.Emitting;

/// <summary>
/// Emits <c>{Service}ServiceCollectionExtensions</c>: <c>services.AddPeerConnClient(section)</c> and its keyed and
/// callback forms, each a one-line call into <c>AddConfiguredBceClient</c> of Bce.Runtime.DependencyInjection with
/// the client's constructor as a static lambda (no reflection, no factory for the user to write). Emitted only when
/// the compilation references that library, so a project without it neither gets the extension nor an error.
/// </summary>
internal static class DependencyInjectionEmitter
{
    /// <summary>The class in Bce.Runtime.DependencyInjection that holds the method the extension calls.</summary>
    public const string ExtensionsMetadataName = "Microsoft.Extensions.DependencyInjection.BceServiceCollectionExtensions";

    /// <summary>The method every generated registration calls; an older library without it gets no extension.</summary>
    public const string RegisterMethodName = "AddConfiguredBceClient";

    private const string Services = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection";
    private const string HttpClientBuilder = "global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder";
    private const string Configuration = "global::Microsoft.Extensions.Configuration.IConfiguration";
    private const string Configure = "global::System.Action<global::Bce.Runtime.BceClientSettings>?";
    private const string Register = "global::Microsoft.Extensions.DependencyInjection.BceServiceCollectionExtensions.AddConfiguredBceClient";

    /// <summary>Whether the compilation can call <see cref="RegisterMethodName"/>; the pipeline keeps only this bool of it.</summary>
    public static bool IsAvailable(Compilation compilation) =>
        compilation.GetTypeByMetadataName(ExtensionsMetadataName) is { } type && !type.GetMembers(RegisterMethodName).IsEmpty;

    /// <summary>The extension file of one service, or null when its namespace or visibility is invalid (the main emission reports that).</summary>
    public static EmittedFile? Emit(EmitModel model, string generatorVersion)
    {
        if (!Identifiers.IsValidNamespace(model.Namespace) || !TypeVisibility.TryGetKeyword(model.Visibility, out var visibility))
        {
            return null;
        }

        var hintName = $"{model.Service.TypeName}.{ClassName(model)}.{StableHash.Of(model.SpecPath)}.g.cs";
        try
        {
            var context = new EmitContext(model.Service, model.Namespace, visibility, generatorVersion);
            return new EmittedFile(hintName, EmitExtensions(context), null);
        }
        catch (System.Exception ex) when (ex is not System.OperationCanceledException)
        {
            var fileStart = new LocationInfo(model.SpecPath, default, default);
            return new EmittedFile(string.Empty, string.Empty, DiagnosticInfo.Create(
                DiagnosticDescriptors.UnexpectedFailure, fileStart, $"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    private static string ClassName(EmitModel model) => model.Service.TypeName + "ServiceCollectionExtensions";

    private static string EmitExtensions(EmitContext context)
    {
        var service = context.Service;
        var client = context.Qualified(service.ClientName);
        var method = "Add" + service.ClientName;
        var writer = context.StartFile();
        XmlDoc.Summary(writer, $"Registers the {service.Name} client with dependency injection, configured from BceClientSettings and sending through IHttpClientFactory.");
        writer.WriteLine(context.GeneratedCodeAttribute);
        writer.WriteLine($"{context.Visibility} static partial class {service.TypeName}ServiceCollectionExtensions");
        using (writer.OpenBlock())
        {
            WriteSummary(writer, context, "configured from a section holding BceClientSettings (<c>Region</c>, <c>Endpoint</c>, <c>Retry:MaxRetries</c>, <c>Profile</c>, …)");
            WriteParameters(writer, keyed: false, section: true);
            writer.WriteLine($"public static {HttpClientBuilder} {method}(this {Services} services, {Configuration} configuration, {Configure} configure = null)");
            writer.Indent();
            writer.WriteLine("=> Add(services, null, configuration ?? throw new global::System.ArgumentNullException(nameof(configuration)), configure);");
            writer.Unindent();
            writer.WriteLine();
            WriteSummary(writer, context, "configured in code (the spec's default region and the credential chain unless <paramref name=\"configure\"/> says otherwise)");
            WriteParameters(writer, keyed: false, section: false);
            writer.WriteLine($"public static {HttpClientBuilder} {method}(this {Services} services, {Configure} configure = null)");
            writer.Indent();
            writer.WriteLine("=> Add(services, null, null, configure);");
            writer.Unindent();
            writer.WriteLine();
            WriteSummary(writer, context, "as a keyed service (<c>[FromKeyedServices(serviceKey)]</c>) with settings, HttpClient and credentials of its own, configured from a section holding BceClientSettings");
            WriteParameters(writer, keyed: true, section: true);
            writer.WriteLine($"public static {HttpClientBuilder} {method}(this {Services} services, string serviceKey, {Configuration} configuration, {Configure} configure = null)");
            writer.Indent();
            writer.WriteLine("=> Add(services, Key(serviceKey), configuration ?? throw new global::System.ArgumentNullException(nameof(configuration)), configure);");
            writer.Unindent();
            writer.WriteLine();
            WriteSummary(writer, context, "as a keyed service (<c>[FromKeyedServices(serviceKey)]</c>) with settings, HttpClient and credentials of its own, configured in code");
            WriteParameters(writer, keyed: true, section: false);
            writer.WriteLine($"public static {HttpClientBuilder} {method}(this {Services} services, string serviceKey, {Configure} configure = null)");
            writer.Indent();
            writer.WriteLine("=> Add(services, Key(serviceKey), null, configure);");
            writer.Unindent();
            writer.WriteLine();
            writer.WriteLine($"private static {HttpClientBuilder} Add({Services} services, string? serviceKey, {Configuration}? configuration, {Configure} configure)");
            writer.Indent();
            writer.WriteLine($"=> {Register}<{context.Qualified(service.InterfaceName)}, {client}>(");
            writer.Indent();
            writer.WriteLine($"services, serviceKey, {client}.ServiceDescriptor, static (credentials, options) => new {client}(credentials, options), configuration, configure);");
            writer.Unindent();
            writer.Unindent();
            writer.WriteLine();
            writer.WriteLine("private static string Key(string serviceKey) => string.IsNullOrEmpty(serviceKey)");
            writer.Indent();
            writer.WriteLine("? throw new global::System.ArgumentException(\"A service key must not be null or empty.\", nameof(serviceKey))");
            writer.WriteLine(": serviceKey;");
            writer.Unindent();
        }

        return writer.ToString();
    }

    private static void WriteSummary(SourceWriter writer, EmitContext context, string how)
    {
        var service = context.Service;
        writer.WriteLine("/// <summary>");
        writer.WriteLine($"/// Registers <see cref=\"{service.ClientName}\"/> for itself and <see cref=\"{service.InterfaceName}\"/> as a thread-safe singleton,");
        writer.WriteLine($"/// {how}.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine("/// <remarks>");
        writer.WriteLine("/// Credentials: a registered <see cref=\"global::Bce.Runtime.Credentials.BceCredentialProvider\"/> (keyed like the client) if there is one, else the");
        writer.WriteLine("/// settings' <c>CredentialSource</c> and <c>Profile</c> (default: the chain of environment, <c>~/.bce/config.json</c>, <c>~/.bce/credentials</c>).");
        writer.WriteLine("/// The settings and the credential source are validated on start: a host's <c>StartAsync</c> fails naming what was wrong.");
        writer.WriteLine("/// </remarks>");
    }

    private static void WriteParameters(SourceWriter writer, bool keyed, bool section)
    {
        writer.WriteLine("/// <param name=\"services\">The service collection.</param>");
        if (keyed)
        {
            writer.WriteLine("/// <param name=\"serviceKey\">The key the client is resolved with, for example an account or a region.</param>");
        }

        if (section)
        {
            writer.WriteLine("/// <param name=\"configuration\">The configuration section to bind, for example <c>configuration.GetSection(\"Bce:PeerConn\")</c>.</param>");
        }

        writer.WriteLine("/// <param name=\"configure\">Adjusts the settings after binding; <see langword=\"null\"/> for none.</param>");
        writer.WriteLine("/// <returns>The builder of the client's named HttpClient, for handlers that run once per attempt (never a retry handler).</returns>");
    }
}
