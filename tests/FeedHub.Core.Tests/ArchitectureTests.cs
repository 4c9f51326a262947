using Mono.Cecil;

namespace FeedHub.Core.Tests;

/// <summary>
/// The folders of FeedHub.Core as layers: every reference from one folder's types to another's (signatures, base
/// types, attributes and method bodies, read from the compiled assembly with Mono.Cecil) must be an edge of the
/// table below, and the table has no cycle. A new dependency either fits the table or changes it here, visibly.
/// </summary>
public class ArchitectureTests
{
    /// <summary>Which folders each folder may use. Text, Telemetry and Model are the floor; the two pipeline jobs are the top.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Text"] = [],
        ["Telemetry"] = [],
        ["Model"] = ["Text"],
        ["Sanitizing"] = ["Text"],
        ["Store"] = ["Model"],
        ["Fetching"] = ["Model", "Text", "Telemetry"],
        ["Parsing"] = ["Model", "Text"],
        ["Extraction"] = ["Model", "Text", "Sanitizing", "Parsing"],
        ["Curation"] = ["Model", "Text", "Store"],
        ["Digests"] = ["Model", "Text", "Store", "Curation", "Publishing"],
        ["Publishing"] = ["Model", "Text", "Curation"],
        ["Pipeline"] = ["Model", "Text", "Store", "Fetching", "Parsing", "Extraction", "Sanitizing", "Curation", "Telemetry"],
        ["Subscribing"] = ["Model", "Text", "Fetching", "Parsing"],
    };

    [Fact]
    public void Folders_use_only_the_folders_the_table_allows()
    {
        var unexpected = Edges().Where(e => !Allowed.TryGetValue(e.From, out var to) || !to.Contains(e.To)).Select(e => $"{e.From} -> {e.To} ({e.Example})").ToList();

        Assert.True(unexpected.Count == 0, "references outside the table:\n" + string.Join('\n', unexpected));
    }

    [Fact]
    public void The_table_has_no_cycle()
    {
        var done = new HashSet<string>();
        foreach (var folder in Allowed.Keys)
        {
            Assert.True(Acyclic(folder, done, []), "cycle through " + folder);
        }
    }

    [Fact]
    public void Every_folder_of_core_is_in_the_table()
    {
        var folders = Directory.EnumerateDirectories(Path.Combine(RepositoryRoot(), "src", "FeedHub.Core")).Select(Path.GetFileName).OfType<string>()
            .Where(f => f is not ("bin" or "obj" or "Properties")).Order(StringComparer.Ordinal);

        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), folders);
    }

    /// <summary>Depth first: a folder met again on the current <paramref name="path"/> closes a cycle; one in <paramref name="done"/> was cleared.</summary>
    private static bool Acyclic(string folder, HashSet<string> done, HashSet<string> path)
    {
        if (done.Contains(folder))
        {
            return true;
        }

        if (!path.Add(folder))
        {
            return false;
        }

        var ok = Allowed.GetValueOrDefault(folder, []).All(next => Acyclic(next, done, path));
        path.Remove(folder);
        done.Add(folder);
        return ok;
    }

    /// <summary>The folder-to-folder references of the compiled FeedHub.Core, with one example of each.</summary>
    private static IEnumerable<(string From, string To, string Example)> Edges()
    {
        using var module = ModuleDefinition.ReadModule(typeof(Model.Entry).Assembly.Location);
        var edges = new Dictionary<(string, string), string>();
        foreach (var type in module.GetTypes())
        {
            if (FolderOf(type) is not { } from)
            {
                continue;
            }

            foreach (var used in Referenced(type))
            {
                if (FolderOf(used) is { } to && to != from)
                {
                    edges.TryAdd((from, to), $"{type.FullName} uses {used.FullName}");
                }
            }
        }

        return edges.Select(e => (e.Key.Item1, e.Key.Item2, e.Value));
    }

    private static IEnumerable<TypeReference> Referenced(TypeDefinition type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var item in type.Interfaces)
        {
            yield return item.InterfaceType;
        }

        foreach (var attribute in type.CustomAttributes)
        {
            yield return attribute.AttributeType;
        }

        foreach (var field in type.Fields)
        {
            yield return field.FieldType;
        }

        foreach (var property in type.Properties)
        {
            yield return property.PropertyType;
        }

        foreach (var method in type.Methods)
        {
            yield return method.ReturnType;
            foreach (var parameter in method.Parameters)
            {
                yield return parameter.ParameterType;
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (var variable in method.Body.Variables)
            {
                yield return variable.VariableType;
            }

            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        yield return t;
                        break;
                    case MemberReference m when m.DeclaringType is not null:
                        yield return m.DeclaringType;
                        if (m is MethodReference called)
                        {
                            yield return called.ReturnType;
                        }

                        break;
                }
            }
        }
    }

    /// <summary>"Parsing" for FeedHub.Core.Parsing.Xml.FeedElement (nested and generic types by their own), or null outside core.</summary>
    private static string? FolderOf(TypeReference type)
    {
        while (type is TypeSpecification specification)
        {
            type = specification.ElementType;
        }

        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        const string core = "FeedHub.Core.";
        return type.Namespace.StartsWith(core, StringComparison.Ordinal) ? type.Namespace[core.Length..].Split('.')[0] : null;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FeedHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FeedHub.sln not found");
    }
}
