using FeedHub;
using FeedHub.Cli;

// One binary: with a command (parse, extract, fetch) it is the CLI; without one, or with "serve", the service.
return CliApp.IsCommand(args) ? await CliApp.RunAsync(args).ConfigureAwait(false) : await ServiceHost.RunAsync(args).ConfigureAwait(false);

/// <summary>The entry point; public so that WebApplicationFactory&lt;Program&gt; can start the service in tests.</summary>
public partial class Program;
