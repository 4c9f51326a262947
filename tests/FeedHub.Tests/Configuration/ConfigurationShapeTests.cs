using System.Text;
using FeedHub.Configuration;
using Microsoft.Extensions.Configuration;

namespace FeedHub.Tests.Configuration;

/// <summary>The shape check run before binding: misspelt keys and values in the wrong form, each named with what was meant.</summary>
public class ConfigurationShapeTests
{
    private static IReadOnlyList<string> Check(string json)
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        return ConfigurationShape.Check(configuration.GetSection(FeedHubOptions.Section), typeof(FeedHubOptions));
    }

    [Theory]
    [InlineData("""{"FeedHub":{"Sources":[{"Id":"a","Url":"https://x.example/f","Interval":"30m"}]}}""", "FeedHub:Sources:0:Interval: '30m' is not a time span: write it as \"00:30:00\" ([d.]hh:mm:ss)")]
    [InlineData("""{"FeedHub":{"Sources":[{"Id":"a","Interval":"soon"}]}}""", "FeedHub:Sources:0:Interval: 'soon' is not a time span written [d.]hh:mm:ss (\"00:30:00\" is 30 minutes, \"1.00:00:00\" a day)")]
    [InlineData("""{"FeedHub":{"Fetching":{"TimeoutSeconds":"fast"}}}""", "FeedHub:Fetching:TimeoutSeconds: 'fast' is not a whole number (such as 30)")]
    [InlineData("""{"FeedHub":{"Fetching":{"AllowPrivateNetworks":"yes"}}}""", "FeedHub:Fetching:AllowPrivateNetworks: 'yes' is not true or false")]
    [InlineData("""{"FeedHub":{"Clustering":{"CopyThreshold":"half"}}}""", "FeedHub:Clustering:CopyThreshold: 'half' is not a number (such as 0.5)")]
    [InlineData("""{"FeedHub":{"Sourcs":[]}}""", "FeedHub:Sourcs: unknown key (did you mean \"Sources\"?)")]
    [InlineData("""{"FeedHub":{"BasePth":"/feedhub"}}""", "FeedHub:BasePth: unknown key (did you mean \"BasePath\"?)")]
    [InlineData("""{"FeedHub":{"Feeds":[{"Id":"f","Exlude":["x"]}]}}""", "FeedHub:Feeds:0:Exlude: unknown key (did you mean \"Exclude\"?)")]
    [InlineData("""{"FeedHub":{"Feeds":[{"Id":"f","Digest":{"Crn":"0 0 7 * * ?"}}]}}""", "FeedHub:Feeds:0:Digest:Crn: unknown key (did you mean \"Cron\"?)")]
    [InlineData("""{"FeedHub":{"Clustering":{"Colour":"red"}}}""", "FeedHub:Clustering:Colour: unknown key (the keys here are CopyThreshold, FactThreshold, Window)")]
    [InlineData("""{"FeedHub":{"Sources":[{"Id":"a","Tags":"news"}]}}""", "FeedHub:Sources:0:Tags: expected a list such as [ ... ], not the single value 'news'")]
    [InlineData("""{"FeedHub":{"Sources":{"Id":"a"}}}""", "FeedHub:Sources: expected a list such as [ ... ], not an object (it has the key 'Id')")]
    [InlineData("""{"FeedHub":{"Database":{"Paht":"x.db"}}}""", "FeedHub:Database:Paht: unknown key (did you mean \"Path\"?)")]
    [InlineData("""{"FeedHub":{"Metrics":{"Enabled":"yes"}}}""", "FeedHub:Metrics:Enabled: 'yes' is not true or false")]
    [InlineData("""{"FeedHub":{"Metrics":{"Enable":false}}}""", "FeedHub:Metrics:Enable: unknown key (did you mean \"Enabled\"?)")]
    public void A_mistake_is_named_with_what_was_meant(string json, string failure) => Assert.Equal([failure], Check(json));

    [Fact]
    public void Every_mistake_is_reported_at_once()
    {
        var failures = Check("""{"FeedHub":{"Sourcs":[],"Feeds":[{"Id":"f","Exlude":["x"],"MaxItems":"many"}],"Fetching":{"TimeoutSeconds":"fast"}}}""");

        Assert.Equal(4, failures.Count);
    }

    [Theory]
    [InlineData("""{"FeedHub":{"Database":"data/x.db"}}""", "sqlite", "data/x.db")]
    [InlineData("""{"FeedHub":{"Database":{"Provider":"postgres","ConnectionString":"Host=db"}}}""", "postgres", "data/feedhub.db")]
    public void The_database_is_a_file_name_or_an_object(string json, string provider, string path)
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        var options = configuration.GetSection(FeedHubOptions.Section).Get<FeedHubOptions>()!;

        Assert.Empty(Check(json));
        Assert.Equal((provider, path), (options.Database.Provider, options.Database.Path));
    }

    [Fact]
    public void A_database_given_as_a_file_name_and_as_keys_is_named()
    {
        // The shipped file's string form with an operator's environment variable on top: the binder would keep the file name only.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FeedHub:Database"] = "data/feedhub.db",
            ["FeedHub:Database:Provider"] = "postgres",
        }).Build();

        var failure = Assert.Single(ConfigurationShape.Check(configuration.GetSection(FeedHubOptions.Section), typeof(FeedHubOptions)));

        Assert.Equal("FeedHub:Database: given both as the single value 'data/feedhub.db' and as keys (Provider); write it as an object such as { ... } everywhere", failure);
    }

    [Fact]
    public void Free_form_maps_and_empty_lists_are_not_mistakes() =>
        Assert.Empty(Check("""{"FeedHub":{"Sources":[{"Id":"a","Url":"https://x.example/f","Tags":[],"Headers":{"X-Api-Key":"k","Anything":"v"}}],"Feeds":[{"Id":"f","Rules":[{"MaxAge":"7.00:00:00","MinWords":"120"}]}]}}"""));

    [Fact]
    public void The_shipped_configuration_has_the_right_shape()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(Support.Samples.Folder, "feedhub.json")).Build();

        Assert.Empty(ConfigurationShape.Check(configuration.GetSection(FeedHubOptions.Section), typeof(FeedHubOptions)));
    }
}
