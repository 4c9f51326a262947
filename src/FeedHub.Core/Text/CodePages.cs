using System.Runtime.CompilerServices;
using System.Text;

namespace FeedHub.Core.Text;

/// <summary>The one place the legacy code pages (windows-125x, ISO-8859-x, KOI8, EBCDIC...) are registered and looked up.</summary>
public static class CodePages
{
    static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Get(int codePage) => Encoding.GetEncoding(codePage);

    public static Encoding Get(string name) => Encoding.GetEncoding(name);

    /// <summary>Registers the provider; call before using Encoding.GetEncoding directly.</summary>
    public static void EnsureRegistered() => RuntimeHelpers.RunClassConstructor(typeof(CodePages).TypeHandle);
}
