namespace FeedHub.Configuration;

/// <summary>A configuration the service cannot start with, already described in words for the operator (no stack trace needed).</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException() { }

    public ConfigurationException(string message) : base(message) { }

    public ConfigurationException(string message, Exception inner) : base(message, inner) { }
}
