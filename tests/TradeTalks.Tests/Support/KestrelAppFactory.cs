namespace TradeTalks.Tests.Support;

/// <summary>
/// The real host on a loopback port: for what only a real server does, such as refusing a header it cannot send
/// (the in-memory test server passes any header through) or naming itself in a Server header.
/// </summary>
public class KestrelAppFactory : TradeTalksAppFactory
{
    public KestrelAppFactory(string environment = "Development", params (string Key, string Value)[] settings)
        : base(environment, settings)
    {
        UseKestrel(0);
        StartServer();
    }

    /// <summary>A client over a real connection that follows no redirect and keeps cookies only when asked.</summary>
    public HttpClient NewClient(bool cookies = false) => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = cookies })
    {
        BaseAddress = ClientOptions.BaseAddress,
    };
}
