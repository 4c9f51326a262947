using System.Text;
using Microsoft.Extensions.Options;

namespace FeedHub.Configuration;

/// <summary>Turns a configuration failure into the message an operator sees instead of a stack trace.</summary>
public static class ConfigurationErrors
{
    public static string? Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        switch (exception)
        {
            case OptionsValidationException validation:
                var message = new StringBuilder("feedhub: the configuration is not valid:");
                foreach (var failure in validation.Failures.SelectMany(f => f.Split("; ", StringSplitOptions.RemoveEmptyEntries)))
                {
                    message.Append("\n  ").Append(failure);
                }

                return message.ToString();
            case InvalidDataException or FormatException when exception.Message.Contains("json", StringComparison.OrdinalIgnoreCase) || exception.InnerException is System.Text.Json.JsonException:
                return "feedhub: cannot read the configuration file: " + exception.Message;
            case InvalidOperationException when exception.InnerException is FormatException format:
                return "feedhub: a configuration value has the wrong form: " + exception.Message + " " + format.Message;
            case AggregateException aggregate when aggregate.InnerExceptions.Count == 1:
                return Describe(aggregate.InnerExceptions[0]);
            default:
                return null;
        }
    }
}
