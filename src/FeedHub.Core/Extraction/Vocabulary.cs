namespace FeedHub.Core.Extraction;

/// <summary>
/// The extractor's word lists, kept as data files beside the code (Extraction/Vocabulary/*.txt, embedded in the
/// assembly) so that adding a language's phrase is a one-line change a reviewer can read: one phrase per line, lines
/// starting with # are comments, and a trailing "_" stands for a trailing space. The class-name vocabularies stay in
/// <see cref="ClassHints"/> as generated regular expressions, which are compiled with the build.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] ReadAlsoPrefixes = Load("read-also-prefixes");

    public static readonly string[] MetadataPrefixes = Load("metadata-prefixes");

    public static readonly HashSet<string> AdLabels = new(Load("ad-labels"), StringComparer.OrdinalIgnoreCase);

    /// <summary>Each verb with a space either side, as it follows a name in a sentence.</summary>
    public static readonly string[] TaglineVerbs = [.. Load("tagline-verbs").Select(v => " " + v + " ")];

    public static string[] Load(string name)
    {
        using var stream = typeof(Vocabulary).Assembly.GetManifestResourceStream($"FeedHub.Core.Extraction.Vocabulary.{name}.txt")
            ?? throw new InvalidOperationException($"the word list {name} is not embedded in {typeof(Vocabulary).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.EndsWith('_') ? l[..^1] + " " : l)];
    }
}
