# FeedHub in a container: built with the .NET SDK, run on the ASP.NET Core runtime as the image's non-root user.
#   docker build -t feedhub .
#   docker run -d -p 8080:8080 -v feedhub-data:/data feedhub
# The database is in the /data volume; the configuration is /app/config (the shipped one and its offline samples,
# so the image runs as it is; mount your own folder there). Settings can also come from the environment:
# FeedHub__PublicBaseUrl=https://feeds.example.org/ (the shipped config says http://localhost:8080/).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# The build settings and project files first: the restore layer is reused until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Directory.Build.props src/BannedSymbols.txt src/
COPY src/FeedHub/FeedHub.csproj src/FeedHub/
COPY src/FeedHub.Core/FeedHub.Core.csproj src/FeedHub.Core/
COPY src/FeedHub.Storage/FeedHub.Storage.csproj src/FeedHub.Storage/
RUN dotnet restore src/FeedHub/FeedHub.csproj
COPY src/ src/
RUN dotnet publish src/FeedHub/FeedHub.csproj --no-restore -c Release -o /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
COPY config/ config/
# A new named volume takes the owner of the folder it is mounted on: the app user may then write the database.
RUN mkdir /data && chown "$APP_UID:$APP_UID" /data
VOLUME /data
# ASPNETCORE_URLS names the port; the image's own ASPNETCORE_HTTP_PORTS=8080 is emptied, else the host warns that URLS overrides it.
ENV FeedHub__Database__Path=/data/feedhub.db \
    ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS=
EXPOSE 8080
USER $APP_UID
# The runtime image has no curl: the binary checks its own /healthz (at the port and FeedHub:BasePath the same settings give).
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["dotnet", "feedhub.dll", "health"]
ENTRYPOINT ["dotnet", "feedhub.dll"]
