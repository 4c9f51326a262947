namespace FeedHub.Tests.Support;

/// <summary>
/// A test class's own temporary folder and a <see cref="LoopbackSite"/> serving a folder (the bundled samples, or
/// the test's folder for feeds it writes), started before its tests and removed after them with the SQLite pools.
/// </summary>
public abstract class LoopbackTest(string prefix, string? siteFolder = null) : IAsyncLifetime
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    protected LoopbackSite Site { get; private set; } = null!;

    public virtual Task InitializeAsync() => StartSiteAsync();

    /// <summary>Starts the site, with the test's own routes when it has some (a server that misbehaves).</summary>
    protected async Task StartSiteAsync(Action<Microsoft.AspNetCore.Builder.WebApplication>? routes = null) =>
        Site = await LoopbackSite.StartAsync(siteFolder ?? Folder, routes);

    public virtual async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
