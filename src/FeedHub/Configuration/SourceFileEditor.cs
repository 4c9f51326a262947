using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FeedHub.Configuration;

/// <summary>
/// Adds sources to the FeedHub:Sources list of a JSON configuration file by inserting text after its last source,
/// so every other byte stays as the operator wrote it: comments, key order, blank lines, indentation, line endings.
/// A new source is indented like the one before it (or one step deeper than its list when the list is empty).
/// When the file has no Sources list, one is added at the end of its FeedHub section; when it has no FeedHub
/// section, one is added at the end of the file's object.
/// Written by hand because no .NET JSON library edits a document in place: reading it into a JsonNode and writing it
/// back would drop every comment and re-indent the file.
/// </summary>
public static class SourceFileEditor
{
    private static readonly JsonReaderOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The file's text with <paramref name="sources"/> appended to FeedHub:Sources.</summary>
    /// <exception cref="ConfigurationException">The text is not a JSON object.</exception>
    public static string AddSources(string json, IReadOnlyList<JsonObject> sources)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sources);
        if (json.Trim().Length == 0)
        {
            json = "{\n}\n";
        }

        var text = Encoding.UTF8.GetBytes(json);
        var found = Containers(text);
        var newline = json.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var unit = IndentUnit(json);
        Expect(found, "", "the configuration file", isObject: true);
        Expect(found, ":feedhub", "FeedHub", isObject: true);
        Expect(found, ":feedhub:sources", "FeedHub:Sources", isObject: false);
        if (found.TryGetValue(":feedhub:sources", out var list))
        {
            return Insert(text, list, sources, newline, unit);
        }

        if (found.TryGetValue(":feedhub", out var section))
        {
            return Insert(text, section, [new JsonObject { ["Sources"] = Copy(sources) }], newline, unit, asMembers: true);
        }

        return Insert(text, found[""], [new JsonObject { ["FeedHub"] = new JsonObject { ["Sources"] = Copy(sources) } }], newline, unit, asMembers: true);
    }

    private static void Expect(Dictionary<string, Container> found, string path, string name, bool isObject)
    {
        if (path.Length == 0 && !found.ContainsKey(path) || found.TryGetValue(path, out var container) && container.IsObject != isObject)
        {
            throw new ConfigurationException($"{name} is not a JSON {(isObject ? "object" : "list")}, so no source can be added to it");
        }
    }

    private static JsonArray Copy(IReadOnlyList<JsonObject> sources) => [.. sources.Select(s => s.DeepClone())];

    /// <summary>
    /// Inserts the values (array elements, or the members of each object when <paramref name="asMembers"/>) after
    /// the container's last child, or inside it when it is empty.
    /// </summary>
    private static string Insert(byte[] text, Container container, IEnumerable<JsonNode> values, string newline, string unit, bool asMembers = false)
    {
        var source = Encoding.UTF8.GetString(text);
        var (open, close) = (CharIndex(text, container.Open), CharIndex(text, container.Close));
        var outer = LineIndent(source, open);
        var inner = container.LastChildStart is { } child ? LineIndent(source, CharIndex(text, child)) : outer + unit;
        if (inner.Length <= outer.Length && container.LastChildStart is not null)
        {
            inner = outer + unit; // the children share the bracket's line ({"a": 1}): start a line of their own
        }

        var options = new JsonSerializerOptions { WriteIndented = true, IndentCharacter = unit.StartsWith('\t') ? '\t' : ' ', IndentSize = Math.Max(1, unit.Length) };
        var pieces = values.SelectMany(v => asMembers
            ? ((JsonObject)v).Select(m => $"{JsonSerializer.Serialize(m.Key)}: {m.Value!.ToJsonString(options)}")
            : [v.ToJsonString(options)]).Select(p => inner + p.ReplaceLineEndings(newline + inner));
        var block = string.Join("," + newline, pieces);
        if (container.LastChildEnd is { } end)
        {
            // After the last child's own comma and its line's comment ("{ ... }, // mine"), so those stay with it.
            var at = CharIndex(text, end);
            var after = SkipBlanks(source, at);
            var comma = after < source.Length && source[after] == ',';
            var insertAt = comma ? after + 1 : at;
            var probe = SkipBlanks(source, insertAt);
            if (source.AsSpan(probe).StartsWith("//", StringComparison.Ordinal))
            {
                var eol = source.IndexOf('\n', probe);
                insertAt = eol < 0 ? source.Length : eol > 0 && source[eol - 1] == '\r' ? eol - 1 : eol;
            }

            return source[..at] + (comma ? "" : ",") + source[at..insertAt] + newline + block + source[insertAt..];
        }

        return source[..(open + 1)] + newline + block + newline + outer + source[close..];
    }

    /// <summary>The object and array containers of the document, keyed by their lower-case path ("" for the root, ":feedhub:sources"); the first of each path.</summary>
    private static Dictionary<string, Container> Containers(byte[] text)
    {
        var found = new Dictionary<string, Container>(StringComparer.Ordinal);
        var open = new Stack<Frame>();
        string? name = null;
        long? memberStart = null;
        var reader = new Utf8JsonReader(text, Lenient);
        try
        {
            while (reader.Read())
            {
                var start = memberStart ?? reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        name = reader.GetString();
                        memberStart = reader.TokenStartIndex;
                        continue;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var path = open.Count == 0 ? "" : open.Peek().Path + ":" + (name ?? "#").ToLowerInvariant();
                        open.Push(new Frame(path, reader.TokenStartIndex, start, reader.TokenType == JsonTokenType.StartObject));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        var done = open.Pop();
                        found.TryAdd(done.Path, new Container(done.IsObject, done.Open, reader.TokenStartIndex, done.LastStart, done.LastEnd));
                        if (open.TryPeek(out var parent))
                        {
                            (parent.LastStart, parent.LastEnd) = (done.Start, reader.BytesConsumed);
                        }

                        break;
                    default:
                        (open.Peek().LastStart, open.Peek().LastEnd) = (start, reader.BytesConsumed);
                        break;
                }

                (name, memberStart) = (null, null);
            }
        }
        catch (JsonException e)
        {
            throw new ConfigurationException($"the configuration file is not valid JSON: {e.Message}", e);
        }

        return found;
    }

    private static int SkipBlanks(string text, int index)
    {
        while (index < text.Length && text[index] is ' ' or '\t')
        {
            index++;
        }

        return index;
    }

    private static int CharIndex(byte[] text, long byteIndex) => Encoding.UTF8.GetCharCount(text, 0, (int)byteIndex);

    private static string LineIndent(string text, int index)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var end = lineStart;
        while (end < text.Length && text[end] is ' ' or '\t')
        {
            end++;
        }

        return text[lineStart..end];
    }

    /// <summary>The file's indentation step: the indent of its first indented line, else two spaces.</summary>
    private static string IndentUnit(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var indent = line[..(line.Length - line.TrimStart(' ', '\t').Length)];
            if (indent.Length > 0 && line.Trim().Length > 0)
            {
                return indent;
            }
        }

        return "  ";
    }

    /// <summary>An open container while reading: its path, where its bracket is, where it starts as a member (its name) and its last child so far.</summary>
    private sealed class Frame(string path, long open, long start, bool isObject)
    {
        public bool IsObject { get; } = isObject;
        public string Path { get; } = path;
        public long Open { get; } = open;
        public long Start { get; } = start;
        public long? LastStart { get; set; }
        public long? LastEnd { get; set; }
    }

    /// <summary>Where a container's brackets are and where its last child starts and ends (byte offsets).</summary>
    private sealed record Container(bool IsObject, long Open, long Close, long? LastChildStart, long? LastChildEnd);
}
