using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace FeedHub.Configuration;

/// <summary>Turns a start-up failure (the configuration, its file, the listening address) into the one message an operator sees instead of a stack trace.</summary>
public static partial class ConfigurationErrors
{
    public static string? Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case ConfigurationException configuration:
                    return "feedhub: " + configuration.Message;
                case OptionsValidationException validation:
                    return Invalid(validation.Failures.SelectMany(f => f.Split("; ", StringSplitOptions.RemoveEmptyEntries)));
                case JsonException json:
                    return $"feedhub: cannot read the configuration file {FileOf(exception)}: invalid JSON at line {json.LineNumber + 1}, column {json.BytePositionInLine + 1}: {WithoutPosition(json.Message)}";
                case InvalidOperationException when e.InnerException is ArgumentException or FormatException && BinderPath().Match(e.Message) is { Success: true } match:
                    return Invalid([$"{match.Groups[2].Value}: '{match.Groups[1].Value}' has the wrong form ({e.InnerException!.Message})"]);
                case AddressInUseException or IOException { InnerException: AddressInUseException }:
                    return $"feedhub: cannot listen: {e.Message.TrimEnd('.')}; stop whatever uses that port or choose another address with --urls (or Urls in the configuration)";
                case IOException { InnerException: SocketException socket } when e.Message.StartsWith("Failed to bind", StringComparison.Ordinal):
                    return $"feedhub: cannot listen: {e.Message.TrimEnd('.')} ({socket.SocketErrorCode})";
                case AggregateException { InnerExceptions.Count: 1 } aggregate:
                    return Describe(aggregate.InnerExceptions[0]);
            }
        }

        return null;
    }

    private static string Invalid(IEnumerable<string> failures)
    {
        var message = new StringBuilder("feedhub: the configuration is not valid:");
        foreach (var failure in failures)
        {
            message.Append("\n  ").Append(failure);
        }

        return message.ToString();
    }

    private static string FileOf(Exception exception) =>
        exception.Message is var m && m.IndexOf('\'', StringComparison.Ordinal) is var start and >= 0 && m.IndexOf('\'', start + 1) is var end and > 0
            ? m[(start + 1)..end]
            : "(the configuration file)";

    private static string WithoutPosition(string message) =>
        message.IndexOf(" LineNumber:", StringComparison.Ordinal) is var at and >= 0 ? message[..at].TrimEnd() : message;

    [GeneratedRegex("^Failed to convert configuration value '(.*)' at '([^']+)'")]
    private static partial Regex BinderPath();
}
