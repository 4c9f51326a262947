namespace FeedHub.Core.Model;

/// <summary>An author or contributor as feeds describe one: any part may be missing.</summary>
public sealed record Person(string? Name, string? Email = null, string? Uri = null)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Name is null && Email is null && Uri is null;
}
