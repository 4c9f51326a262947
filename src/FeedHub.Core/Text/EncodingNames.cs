using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FeedHub.Core.Text;

/// <summary>
/// Resolves the encoding names feeds declare, including the aliases .NET does not know: bare code-page numbers
/// ("850"), cpNNN / ibmNNN / csibmNNN / cspcNNN / windows_NNN, EBCDIC names and the classic Mac encodings, and the
/// single-byte code pages .NET lacks (<see cref="CodePageTables"/>).
/// </summary>
public static partial class EncodingNames
{
    private static readonly Dictionary<string, int> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["macroman"] = 10000, ["macintosh"] = 10000, ["mac-roman"] = 10000,
        ["maccyrillic"] = 10007, ["mac-cyrillic"] = 10007, ["x-mac-cyrillic"] = 10007,
        ["macgreek"] = 10006, ["mac-greek"] = 10006,
        ["maciceland"] = 10079, ["mac-iceland"] = 10079,
        ["maclatin2"] = 10029, ["maccentraleurope"] = 10029, ["mac-latin2"] = 10029,
        ["macturkish"] = 10081, ["mac-turkish"] = 10081,
        ["cp_is"] = 861, ["cspc8codepage437"] = 437, ["cspc775baltic"] = 775, ["cspc850multilingual"] = 850, ["cspc862latinhebrew"] = 862,
        ["ebcdic-cp-be"] = 500, ["ebcdic-cp-ch"] = 500, ["ebcdic_cp_be"] = 500, ["ebcdic_cp_ch"] = 500,
        ["ebcdic-cp-ca"] = 37, ["ebcdic-cp-nl"] = 37, ["ebcdic-cp-us"] = 37, ["ebcdic-cp-wt"] = 37,
        ["ebcdic_cp_ca"] = 37, ["ebcdic_cp_nl"] = 37, ["ebcdic_cp_us"] = 37, ["ebcdic_cp_wt"] = 37,
        ["ibm039"] = 37, ["cp039"] = 37, ["csibm037"] = 37, ["csibm500"] = 500,
        ["csucs4"] = 12000, ["ucs-4"] = 12000, ["iso-10646-ucs-4"] = 12000, ["ucs-2"] = 1200,
        ["iso-10646-ucs-2"] = 1200, ["csunicode"] = 1200, ["u16"] = 1200,
    };

    [GeneratedRegex(@"^(?:cp|ibm|csibm|cspcp?|windows[-_]|x-cp|ms)?[-_]?(\d{3,5})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodePageName();

    public static Encoding? Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (TableEncodingFor(trimmed) is { } table)
        {
            return table;
        }

        CodePages.EnsureRegistered();
        try
        {
            if (Aliases.TryGetValue(trimmed, out var aliased))
            {
                return Encoding.GetEncoding(aliased);
            }

            var number = CodePageName().Match(trimmed);
            return number.Success
                ? Encoding.GetEncoding(int.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture))
                : Encoding.GetEncoding(trimmed);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Encoding> Tables = new(StringComparer.OrdinalIgnoreCase);

    private static Encoding? TableEncodingFor(string name)
    {
        var canonical = CodePageTables.Aliases.GetValueOrDefault(name, name);
        return CodePageTables.High.TryGetValue(canonical, out var high)
            ? Tables.GetOrAdd(canonical, static (n, h) => new TableEncoding(n, h), high)
            : null;
    }
}
