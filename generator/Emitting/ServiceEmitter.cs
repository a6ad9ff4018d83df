using System.Collections.Generic;
using Bce.Generator.Model;

namespace Bce.Generator.Emitting;

/// <summary>One generated file: its hint name and text.</summary>
internal sealed record GeneratedFile(string HintName, string Text);

/// <summary>Emits every file of one service, one type per file, in a stable order.</summary>
internal static class ServiceEmitter
{
    public static List<GeneratedFile> Emit(ServiceSpec service, string ns, string generatorVersion)
    {
        var context = new EmitContext(service, ns, generatorVersion);
        var prefix = service.Name + ".";
        var files = new List<GeneratedFile>
        {
            new(prefix + context.ClientName + ".g.cs", ClientEmitter.EmitClient(context)),
            new(prefix + context.InterfaceName + ".g.cs", ClientEmitter.EmitInterface(context)),
            new(prefix + ErrorCodesEmitter.ClassName(context) + ".g.cs", ErrorCodesEmitter.Emit(context)),
        };
        foreach (var operation in service.Operations)
        {
            files.Add(new(prefix + RequestEmitter.ClassName(operation) + ".g.cs", RequestEmitter.Emit(context, operation)));
        }

        foreach (var model in service.Models)
        {
            files.Add(new(prefix + model.Name + ".g.cs", ModelEmitter.Emit(context, model)));
        }

        foreach (var spec in service.Enums)
        {
            files.Add(new(prefix + spec.Name + ".g.cs", EnumEmitter.Emit(context, spec)));
        }

        return files;
    }
}
