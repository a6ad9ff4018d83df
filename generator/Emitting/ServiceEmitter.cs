using System.Collections.Generic;
using Bce.Generator.Model;

namespace Bce.Generator.Emitting;

/// <summary>One generated file: its hint name and text.</summary>
internal sealed record GeneratedFile(string HintName, string Text);

/// <summary>Emits every file of one service, one type per file, in a stable order.</summary>
internal static class ServiceEmitter
{
    /// <summary>
    /// Hint names are <c>{Service}.{Type}.{hash of the spec path}.g.cs</c>: two specs of the same service in different
    /// folders must not collide (the compiler then reports the duplicate types, instead of the generator failing).
    /// </summary>
    public static List<GeneratedFile> Emit(EmitModel model, string visibility, string generatorVersion)
    {
        var service = model.Service;
        var context = new EmitContext(service, model.Namespace, visibility, generatorVersion) { Target = model.Target };
        var prefix = service.TypeName + ".";
        var suffix = "." + Infrastructure.StableHash.Of(model.SpecPath) + ".g.cs";
        var files = new List<GeneratedFile>
        {
            new(prefix + service.ClientName + suffix, ClientEmitter.EmitClient(context)),
            new(prefix + service.InterfaceName + suffix, ClientEmitter.EmitInterface(context)),
            new(prefix + service.ErrorCodesName + suffix, ErrorCodesEmitter.Emit(context)),
        };
        foreach (var operation in service.Operations)
        {
            files.Add(new(prefix + operation.RequestTypeName + suffix, RequestEmitter.Emit(context, operation)));
        }

        foreach (var type in service.Models)
        {
            files.Add(new(prefix + type.Name + suffix, ModelEmitter.Emit(context, type)));
        }

        foreach (var spec in service.Enums)
        {
            files.Add(new(prefix + spec.Name + suffix, EnumEmitter.Emit(context, spec)));
        }

        if (!context.Target.StaticJsonReaders)
        {
            files.Add(new(prefix + Targeting.JsonReaderRegistrationEmitter.TypeName(context) + suffix, Targeting.JsonReaderRegistrationEmitter.Emit(context)));
        }

        return files;
    }
}
