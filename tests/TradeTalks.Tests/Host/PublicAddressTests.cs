using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing;
using TradeTalks.Tests.Support;
using TradeTalks.Web.Extensions;

namespace TradeTalks.Tests.Host;

/// <summary>
/// Absolute links (the change feed, the calendar, the calendar subscription on the pages) name the site's configured
/// public address, never the Host header a client chose; outside Development the address must be configured.
/// </summary>
public sealed class PublicAddressTests
{
    private static TradeTalksAppFactory App(string environment, string? publicBaseUrl) =>
        new(environment, ("Dashboard:PublicBaseUrl", publicBaseUrl ?? ""));

    public static TheoryData<string> LinkingAddresses => ["/feed.atom", "/calendar.ics", "/", "/truce"];

    [Theory]
    [MemberData(nameof(LinkingAddresses))]
    public async Task WithAPublicAddressLinksNameItWhateverHostARequestGives(string path)
    {
        await using var app = App("Production", "https://tradetalks.example/");
        using var evil = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://evil.example") });
        using var reader = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        // The first answer is cached for every reader after it: it must not carry the first client's host.
        var first = await evil.GetStringAsync(path);
        var later = await reader.GetStringAsync(path);

        foreach (var text in new[] { first, later })
        {
            Assert.DoesNotContain("evil.example", text, StringComparison.Ordinal);
            Assert.DoesNotContain("://localhost", text, StringComparison.Ordinal);
            Assert.Contains(path is "/feed.atom" or "/calendar.ics" ? "https://tradetalks.example/" : "webcal://tradetalks.example/calendar.ics", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task APublicAddressUnderAPathKeepsItsPath()
    {
        await using var app = App("Development", "https://news.example/tradetalks");
        using var client = app.CreateClient();

        var feed = await client.GetStringAsync("/feed.atom");
        var truce = await client.GetStringAsync("/truce");

        Assert.Contains("href=\"https://news.example/tradetalks/feed.atom\"", feed, StringComparison.Ordinal);
        Assert.Contains("webcal://news.example/tradetalks/calendar.ics", truce, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InDevelopmentWithoutAPublicAddressLinksFollowTheRequest()
    {
        await using var app = App("Development", null);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost:5036") });

        var feed = await client.GetStringAsync("/feed.atom");

        Assert.Contains("href=\"http://localhost:5036/feed.atom\"", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAllowedHostsAsDocumentedARequestNamingAnotherHostIsRefused()
    {
        await using var app = new TradeTalksAppFactory("Production", ("AllowedHosts", "tradetalks.example;10.0.0.11"));
        using var evil = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://evil.example") });
        using var reader = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://tradetalks.example") });
        using var probe = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://10.0.0.11:5101") });

        Assert.Equal(HttpStatusCode.BadRequest, (await evil.GetAsync("/feed.atom")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/feed.atom")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task OutsideDevelopmentTheDashboardWillNotStartWithoutAPublicAddressAndSaysWhatToSet()
    {
        await using var app = App("Production", null);

        Assert.ThrowsAny<Exception>(() => app.Services);
        var error = Assert.Throws<InvalidOperationException>(() => PublicAddress.AddPublicAddress(Builder("Production", null)));
        Assert.Contains("Dashboard:PublicBaseUrl is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("Dashboard__PublicBaseUrl", error.Message, StringComparison.Ordinal);
        Assert.Contains("such as https://tradetalks.example/", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tradetalks.example")]
    [InlineData("ftp://tradetalks.example/")]
    [InlineData("https://tradetalks.example/?x=1")]
    public async Task APublicAddressThatIsNotAWebAddressIsRefusedAtStartWithWhatToWrite(string setting)
    {
        await using var app = App("Development", setting);

        Assert.ThrowsAny<Exception>(() => app.Services);
        var error = Assert.Throws<InvalidOperationException>(() => PublicAddress.AddPublicAddress(Builder("Development", setting)));
        Assert.Contains($"holds \"{setting}\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("such as https://tradetalks.example/", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The start-up's configuration alone: the host logs the refusal and exits, which a factory sees only as "no host".</summary>
    private static WebApplicationBuilder Builder(string environment, string? publicBaseUrl)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration[PublicAddress.Setting] = publicBaseUrl;
        return builder;
    }
}
