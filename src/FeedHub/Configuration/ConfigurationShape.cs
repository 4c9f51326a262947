using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;

namespace FeedHub.Configuration;

/// <summary>
/// Checks a configuration section against the options type it binds to, before binding: every key must be a
/// property of its type (else the failure names it and, when one is close, the key meant), and every value must
/// convert to its property's type (else the failure names the key and the form expected). Written here because the
/// binder does neither well: <see cref="BinderOptions.ErrorOnUnknownConfiguration"/> stops at the first unknown key
/// and suggests nothing, and a value that does not convert inside a list element ("Interval": "30m" in a source)
/// drops that element silently, so a source vanished from the service without a word.
/// </summary>
public static class ConfigurationShape
{
    /// <summary>Every failure under <paramref name="section"/>, each as "Key:Path: problem"; empty when it binds cleanly.</summary>
    public static IReadOnlyList<string> Check(IConfigurationSection section, Type type)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(type);
        var failures = new List<string>();
        CheckNode(section, type, failures);
        return failures;
    }

    private static void CheckNode(IConfigurationSection section, Type type, List<string> failures)
    {
        var children = section.GetChildren().ToList();
        var scalar = Nullable.GetUnderlyingType(type) ?? type;
        if (IsScalar(scalar))
        {
            if (children.Count > 0)
            {
                failures.Add($"{section.Path}: expected a single value ({ValueForms.Describe(scalar)}), not a list or object");
            }
            else if (!string.IsNullOrEmpty(section.Value) && !Converts(scalar, section.Value))
            {
                failures.Add($"{section.Path}: {ValueForms.Problem(scalar, section.Value)}");
            }

            return;
        }

        if (ElementType(type) is { } element)
        {
            CheckList(section, children, element, failures);
        }
        else if (DictionaryValueType(type) is { } value)
        {
            foreach (var child in children)
            {
                CheckNode(child, value, failures);
            }
        }
        else
        {
            CheckObject(section, children, type, failures);
        }
    }

    private static void CheckList(IConfigurationSection section, List<IConfigurationSection> children, Type element, List<string> failures)
    {
        if (children.Count == 0 && !string.IsNullOrEmpty(section.Value))
        {
            failures.Add($"{section.Path}: expected a list such as [ ... ], not the single value '{section.Value}'");
            return;
        }

        foreach (var child in children)
        {
            if (!int.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                failures.Add($"{section.Path}: expected a list such as [ ... ], not an object (it has the key '{child.Key}')");
                return;
            }

            CheckNode(child, element, failures);
        }
    }

    private static void CheckObject(IConfigurationSection section, List<IConfigurationSection> children, Type type, List<string> failures)
    {
        var shortForm = TypeDescriptor.GetConverter(type) is var converter && converter.GetType() != typeof(TypeConverter) && converter.CanConvertFrom(typeof(string));
        if (!string.IsNullOrEmpty(section.Value) && shortForm && children.Count > 0)
        {
            // The binder would take the single value and drop the keys (a file's "Database": "x.db" and FeedHub__Database__Provider in the environment).
            failures.Add($"{section.Path}: given both as the single value '{section.Value}' and as keys ({string.Join(", ", children.Select(c => c.Key))}); write it as an object such as {{ ... }} everywhere");
            return;
        }

        if (children.Count == 0 && !string.IsNullOrEmpty(section.Value))
        {
            if (!shortForm)
            {
                failures.Add($"{section.Path}: expected an object such as {{ ... }}, not the single value '{section.Value}'");
            }

            return;
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true } || p.GetMethod is not null).ToList();
        foreach (var child in children)
        {
            var property = properties.Find(p => string.Equals(p.Name, child.Key, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                failures.Add($"{child.Path}: unknown key{KeySuggestion.For(child.Key, properties.Select(p => p.Name))}");
            }
            else
            {
                CheckNode(child, property.PropertyType, failures);
            }
        }
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Uri);

    private static bool Converts(Type type, string value)
    {
        try
        {
            return TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value) is not null || type == typeof(string);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or NotSupportedException or OverflowException)
        {
            return false;
        }
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.IsGenericType && type.GetGenericTypeDefinition() is var open && (open == typeof(List<>) || open == typeof(IList<>) || open == typeof(IReadOnlyList<>) || open == typeof(IEnumerable<>))
            ? type.GetGenericArguments()[0]
            : null;
    }

    private static Type? DictionaryValueType(Type type) =>
        type.IsGenericType && typeof(IDictionary).IsAssignableFrom(type) ? type.GetGenericArguments()[1] : null;
}
