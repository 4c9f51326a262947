using System.CommandLine;

namespace FeedHub.Cli;

/// <summary>
/// feedhub serve (also what runs without a command): the service, polling on its schedule and serving the feeds.
/// Besides its options it takes configuration keys as --Key=value, as every ASP.NET Core app does
/// (--FeedHub:Database=other.db); anything else is a usage error.
/// </summary>
internal static class ServeCommand
{
    public const string Name = "serve";

    public static Option<string?> ConfigOption() => new("--config") { Description = "The configuration file (default: config/feedhub.json, or FEEDHUB_CONFIG)" };

    public static Option<string?> UrlsOption() => new("--urls") { Description = "The addresses to listen on, such as http://0.0.0.0:8080 (default: Urls in the configuration)" };

    public static Command Create(IReadOnlyList<string> settings)
    {
        var command = new Command(Name, "Run the service: poll the sources on their schedules and serve the feeds over HTTP (the default)");
        Attach(command, settings);
        return command;
    }

    /// <summary>Gives <paramref name="command"/> the service's options and action.</summary>
    public static void Attach(Command command, IReadOnlyList<string> settings)
    {
        ArgumentNullException.ThrowIfNull(command);
        var config = ConfigOption();
        var urls = UrlsOption();
        command.Options.Add(config);
        command.Options.Add(urls);
        command.SetAction((result, _) => ServiceHost.RunAsync(HostArguments(result.GetValue(config), result.GetValue(urls), settings)));
    }

    /// <summary>Splits the configuration settings (--Key=value with a key that is no option of the service) from the arguments System.CommandLine parses.</summary>
    public static (string[] Parsed, string[] Settings) SplitSettings(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        bool IsSetting(string a) => a.StartsWith("--", StringComparison.Ordinal) && a.IndexOf('=', StringComparison.Ordinal) is > 2 and var eq
            && a[2..eq] is not ("config" or "urls") && char.IsLetter(a[2]);
        return ([.. args.Where(a => !IsSetting(a))], [.. args.Where(IsSetting)]);
    }

    private static string[] HostArguments(string? config, string? urls, IReadOnlyList<string> settings)
    {
        var args = new List<string>(settings);
        if (config is not null)
        {
            args.Add("--config=" + config);
        }

        if (urls is not null)
        {
            args.Add("--urls=" + urls);
        }

        return [.. args];
    }
}
