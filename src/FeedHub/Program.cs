using FeedHub.Cli;

// One binary: the service (feedhub, feedhub serve) and the commands (parse, extract, fetch, digest, sources).
return await CliApp.RunAsync(args).ConfigureAwait(false);

/// <summary>The entry point; public so that WebApplicationFactory&lt;Program&gt; can start the service in tests.</summary>
public partial class Program;
