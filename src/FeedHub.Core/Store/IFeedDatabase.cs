namespace FeedHub.Core.Store;

/// <summary>The database behind <see cref="IFeedStore"/>: brought up to date (its ordered migrations) before anything reads or writes it.</summary>
public interface IFeedDatabase
{
    Task MigrateAsync(CancellationToken cancellationToken);
}
