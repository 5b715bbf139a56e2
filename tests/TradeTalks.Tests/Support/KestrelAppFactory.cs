using Microsoft.AspNetCore.Hosting;

namespace TradeTalks.Tests.Support;

/// <summary>
/// The real host on a loopback port: for what only a real server does, such as refusing a header it cannot send
/// (the in-memory test server passes any header through) or naming itself in a Server header.
/// </summary>
public class KestrelAppFactory : TradeTalksAppFactory
{
    private readonly (string Key, string Value)[] _settings;

    public KestrelAppFactory(string environment = "Development", params (string Key, string Value)[] settings)
        : base(environment)
    {
        _settings = settings;
        UseKestrel(0);
        StartServer();
    }

    /// <summary>A client over a real connection that follows no redirect and keeps cookies only when asked.</summary>
    public HttpClient NewClient(bool cookies = false) => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = cookies })
    {
        BaseAddress = ClientOptions.BaseAddress,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
