using FeedHub.Core.Publishing;
using Microsoft.AspNetCore.StaticFiles;

namespace FeedHub.Endpoints;

/// <summary>GET /local/{folder}/{path}: a file of a local source's folder (the bundled sample articles), so that the links FeedHub publishes for local items work in a reader.</summary>
internal static class LocalFileEndpoints
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    public static IEndpointRouteBuilder MapLocalFileEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/" + LocalFiles.RoutePrefix + "{folder}/{**path}", GetOrHead.Methods, Serve);
        return app;
    }

    private static IResult Serve(string folder, string? path, LocalFiles files) =>
        path is not null && files.Find(folder, path) is { } file
            ? Results.File(file, Types.TryGetContentType(file, out var type) ? type : "application/octet-stream", enableRangeProcessing: true)
            : Results.NotFound();
}
