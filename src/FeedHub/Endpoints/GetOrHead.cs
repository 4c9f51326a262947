namespace FeedHub.Endpoints;

/// <summary>The methods every read route answers: HEAD gives GET's status and headers (ETag included) without the body, which Kestrel leaves out.</summary>
internal static class GetOrHead
{
    public static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];
}
