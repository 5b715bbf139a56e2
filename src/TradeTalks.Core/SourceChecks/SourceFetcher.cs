using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace TradeTalks.SourceChecks;

/// <summary>
/// Fetches a source's address with the guard at every connection: http and https only, redirects followed by hand (each
/// new address checked again) up to a cap, the body read up to a cap, within a time limit, with a User-Agent that
/// names the app, and with no cookies, credentials or proxy.
/// </summary>
public sealed class SourceFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly AddressGuard _guard;
    private readonly SourceCheckOptions _options;

    public SourceFetcher(AddressGuard guard, IOptions<SourceCheckOptions> options)
    {
        _guard = guard;
        _options = options.Value;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            Credentials = null,
            PreAuthenticate = false,
            // A proxy would be the only address the guard saw; the source's own host must be the one checked.
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(_options.TimeoutSeconds),
            // Connections are not kept long: a name looked up again is checked again.
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("TradeTalks", AppVersion));
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("(checks the sources the TradeTalks dashboard cites)"));
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8");
    }

    public static string AppVersion { get; } =
        (typeof(SourceFetcher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0").Split('+')[0];

    /// <summary>Whether an address is one this fetcher would try: absolute, http or https.</summary>
    public static bool IsWebAddress(string? address, out Uri uri)
    {
        uri = null!;
        return Uri.TryCreate(address, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" && (uri = parsed) is not null;
    }

    /// <summary>Fetches <paramref name="address"/>; never throws for what the address does, only when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="keepBody">Keep the body's bytes in the result (a kept copy), not only their hash.</param>
    public async Task<SourceFetch> FetchAsync(string address, bool keepBody, CancellationToken cancellationToken)
    {
        if (!IsWebAddress(address, out var current))
        {
            return SourceFetch.Failed(address, "The address is not an http or https address, so it is not fetched.");
        }

        current = WithoutCredentials(current);

        // Wall-clock time, not the app's TimeProvider: this limit is about a remote server, whatever the app's clock says.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = new Uri(current, location);
                    if (next.Scheme is not ("http" or "https"))
                    {
                        return SourceFetch.Failed(address, $"It redirects to {next}, which is not an http or https address.", current.ToString(), status);
                    }

                    if (redirects == _options.MaxRedirects)
                    {
                        return SourceFetch.Failed(address, $"It redirects more than {_options.MaxRedirects} times; the last step was to {next}.", current.ToString(), status);
                    }

                    current = WithoutCredentials(next);
                    continue;
                }

                return await ReadAsync(address, current, response, keepBody, limit.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SourceFetch.Failed(address, string.Create(CultureInfo.InvariantCulture,
                $"No full answer within {_options.TimeoutSeconds:0.#} seconds from {current.Host}."), current.ToString());
        }
        catch (HttpRequestException exception) when (Refusal(exception) is { } refused)
        {
            return SourceFetch.Failed(address, refused.Message, current.ToString());
        }
        catch (HttpRequestException exception)
        {
            return SourceFetch.Failed(address, $"{current.Host} could not be reached ({exception.GetBaseException().Message}).", current.ToString());
        }
        catch (IOException exception)
        {
            return SourceFetch.Failed(address, $"The answer from {current.Host} broke off ({exception.GetBaseException().Message}).", current.ToString());
        }
    }

    private async Task<SourceFetch> ReadAsync(string address, Uri final, HttpResponseMessage response, bool keepBody, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var type = response.Content.Headers.ContentType?.ToString();
        var tooLarge = string.Create(CultureInfo.InvariantCulture,
            $"The document is larger than {_options.MaxBytes / (1024.0 * 1024.0):0.#} MB, the most that is read.");
        if (response.Content.Headers.ContentLength > _options.MaxBytes)
        {
            return SourceFetch.Failed(address, tooLarge, final.ToString(), status);
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var kept = keepBody ? new MemoryStream() : null;
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > _options.MaxBytes)
            {
                return SourceFetch.Failed(address, tooLarge, final.ToString(), status);
            }

            hash.AppendData(buffer, 0, read);
            kept?.Write(buffer, 0, read);
        }

        return new SourceFetch(address, final.ToString(), status, type, Convert.ToHexStringLower(hash.GetHashAndReset()), null, kept?.ToArray());
    }

    /// <summary>A user name and password written into an address are never sent on.</summary>
    private static Uri WithoutCredentials(Uri uri) =>
        uri.UserInfo.Length == 0 ? uri : new UriBuilder(uri) { UserName = "", Password = "" }.Uri;

    private static AddressRefusedException? Refusal(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is AddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    /// <summary>Connects only to addresses the guard allows, looked up here rather than by the socket, so what is checked is what is used.</summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await _guard.AllowedAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }

    public void Dispose() => _client.Dispose();
}
