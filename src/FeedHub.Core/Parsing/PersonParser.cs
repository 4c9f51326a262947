using System.Text.RegularExpressions;
using FeedHub.Core.Model;

namespace FeedHub.Core.Parsing;

/// <summary>Splits the author strings RSS uses ("jane@example.com (Jane Doe)", "Jane Doe &lt;jane@example.com&gt;") into parts.</summary>
internal static partial class PersonParser
{
    [GeneratedRegex(@"^\s*(?<email>[^\s()<>@]+@[^\s()<>]+)\s*\((?<name>[^)]*)\)\s*$")]
    private static partial Regex EmailThenName();

    [GeneratedRegex(@"^\s*(?<name>[^<]*?)\s*<(?<email>[^>]+@[^>]+)>\s*$")]
    private static partial Regex NameThenEmail();

    [GeneratedRegex(@"^\s*(?<name>[^()]*?)\s*\((?<email>[^\s()<>@]+@[^\s()<>]+)\)\s*$")]
    private static partial Regex NameThenParenthesizedEmail();

    [GeneratedRegex(@"^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$")]
    private static partial Regex BareEmail();

    public static Person? Parse(string? text)
    {
        var value = XmlReading.Clean(text);
        if (value is null)
        {
            return null;
        }

        if (!value.Contains('@', StringComparison.Ordinal))
        {
            return new Person(value); // every form with an email needs its '@': most bylines are a plain name
        }

        var match = EmailThenName().Match(value);
        if (!match.Success)
        {
            match = NameThenEmail().Match(value);
        }

        if (!match.Success)
        {
            match = NameThenParenthesizedEmail().Match(value);
        }

        if (match.Success)
        {
            return new Person(XmlReading.Clean(match.Groups["name"].Value), match.Groups["email"].Value.Trim());
        }

        return BareEmail().IsMatch(value) ? new Person(null, value) : new Person(value);
    }
}
