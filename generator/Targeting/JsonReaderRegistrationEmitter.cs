using Bce.Generator.Emitting;

namespace Bce.Generator.Targeting;

/// <summary>
/// For a runtime build without static interface members (Bce.Runtime's netstandard2.0 build, which .NET Framework
/// consumers get): one module initializer per service that registers every model's reader with
/// <c>BceJsonModelReaders.Register</c>, which the runtime then reads answers through. It runs when the consumer's
/// assembly loads, before any client exists.
/// </summary>
internal static class JsonReaderRegistrationEmitter
{
    private const string Registry = "global::Bce.Runtime.Serialization.BceJsonModelReaders";

    public static string TypeName(EmitContext context) => context.Service.TypeName + "JsonModelReaders";

    public static string Emit(EmitContext context)
    {
        var writer = context.StartFile();
        writer.WriteLine($"/// <summary>Registers how each model of {context.Service.ClientName} is read from JSON, on runtimes that cannot call a static interface member (.NET Framework).</summary>");
        writer.WriteLine(context.GeneratedCodeAttribute);
        writer.WriteLine($"internal static class {TypeName(context)}");
        using (writer.OpenBlock())
        {
            writer.WriteLine("[global::System.Runtime.CompilerServices.ModuleInitializer]");
            writer.WriteLine("internal static void Register()");
            using (writer.OpenBlock())
            {
                foreach (var model in context.Service.Models)
                {
                    var type = context.Qualified(model.Name);
                    writer.WriteLine($"{Registry}.Register<{type}>({type}.ReadFrom);");
                }
            }
        }

        return writer.ToString();
    }
}
