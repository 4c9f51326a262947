using System.ComponentModel;
using System.Globalization;

namespace FeedHub.Configuration;

/// <summary>Reads the string form of FeedHub:Database as the SQLite file it names.</summary>
public sealed class DatabaseOptionsConverter : TypeConverter
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string path ? new DatabaseOptions { Provider = DatabaseOptions.Sqlite, Path = path } : base.ConvertFrom(context, culture, value);
}
