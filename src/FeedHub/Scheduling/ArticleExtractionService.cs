using FeedHub.Configuration;
using FeedHub.Core.Pipeline.Articles;

namespace FeedHub.Scheduling;

/// <summary>
/// Runs the <see cref="ArticlePipeline"/> in the background, apart from the Quartz poll jobs: it wakes when a poll
/// stores entries that wait for their article (and every minute regardless, which also resumes work left pending
/// by a restart, and failed articles whose retry came due), and works through them batch by batch.
/// </summary>
internal sealed partial class ArticleExtractionService(ArticlePipeline pipeline, ArticleDoorbell doorbell, FeedHubCatalog catalog, ILogger<ArticleExtractionService> logger) : BackgroundService
{
    private static readonly TimeSpan LookAnyway = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Rules change only with the configuration, that is at start-up: articles they decided differently are put back first.
        await pipeline.RequeueChangedAsync(stoppingToken).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await pipeline.DrainAsync(id => catalog.SourcesById.GetValueOrDefault(id), stoppingToken).ConfigureAwait(false);
                await doorbell.WaitAsync(LookAnyway, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogWorkerFailed(e);
                await Task.Delay(TimeSpan.FromSeconds(10), stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The article worker failed; it retries in 10 s")]
    private partial void LogWorkerFailed(Exception exception);
}
