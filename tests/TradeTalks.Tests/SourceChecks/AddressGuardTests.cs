using System.Net;
using TradeTalks.SourceChecks;

namespace TradeTalks.Tests.SourceChecks;

public class AddressGuardTests
{
    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    public void AddressesOnThePublicInternetArePublic(string address) => Assert.True(PublicAddresses.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("0.0.0.0")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("64:ff9b::a00:1")]
    [InlineData("2002:c0a8:101::1")]
    public void LoopbackPrivateLinkLocalAndMetadataAddressesAreNotPublic(string address) =>
        Assert.False(PublicAddresses.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    [InlineData("[::ffff:192.168.0.10]")]
    [InlineData("169.254.169.254")]
    [InlineData("[fd00:ec2::254]")]
    public async Task AnAddressWrittenAsANonPublicIpIsRefusedWithAReason(string host)
    {
        var guard = new AddressGuard(Resolver(), allowPrivate: false);

        var refused = await Assert.ThrowsAsync<AddressRefusedException>(() => guard.AllowedAddressesAsync(host, CancellationToken.None));

        Assert.Contains("not a public address", refused.Message);
    }

    [Fact]
    public async Task ANameThatResolvesToAPrivateAddressIsRefusedNamingBoth()
    {
        var guard = new AddressGuard(Resolver(("intranet.example", "10.0.0.7")), allowPrivate: false);

        var refused = await Assert.ThrowsAsync<AddressRefusedException>(() => guard.AllowedAddressesAsync("intranet.example", CancellationToken.None));

        Assert.Contains("intranet.example (10.0.0.7)", refused.Message);
    }

    [Fact]
    public async Task ANameWithOnePublicAndOnePrivateAddressIsRefused()
    {
        var guard = new AddressGuard(Resolver(("mixed.example", "93.184.216.34"), ("mixed.example", "fd12::1")), allowPrivate: false);

        var refused = await Assert.ThrowsAsync<AddressRefusedException>(() => guard.AllowedAddressesAsync("mixed.example", CancellationToken.None));

        Assert.Contains("fd12::1", refused.Message);
    }

    [Fact]
    public async Task ANameThatResolvesToPublicAddressesIsAllowedAtThoseAddresses()
    {
        var guard = new AddressGuard(Resolver(("news.example", "93.184.216.34"), ("news.example", "2606:2800:220:1::248")), allowPrivate: false);

        var addresses = await guard.AllowedAddressesAsync("news.example", CancellationToken.None);

        Assert.Equal(["93.184.216.34", "2606:2800:220:1::248"], addresses.Select(a => a.ToString()));
    }

    [Fact]
    public async Task PrivateAddressesAreAllowedWhenTheSettingSaysSo()
    {
        var guard = new AddressGuard(Resolver(("intranet.example", "10.0.0.7")), allowPrivate: true);

        var addresses = await guard.AllowedAddressesAsync("intranet.example", CancellationToken.None);

        Assert.Equal(IPAddress.Parse("10.0.0.7"), Assert.Single(addresses));
    }

    [Fact]
    public async Task ANameThatCannotBeLookedUpIsRefusedWithAReason()
    {
        var guard = new AddressGuard(Resolver(), allowPrivate: false);

        var refused = await Assert.ThrowsAsync<AddressRefusedException>(() => guard.AllowedAddressesAsync("nowhere.example", CancellationToken.None));

        Assert.Contains("nowhere.example could not be looked up", refused.Message);
    }

    /// <summary>A resolver that knows only the names given, as a DNS server under the test's control would.</summary>
    internal static ResolveHost Resolver(params (string Name, string Address)[] names) => (host, _) =>
    {
        var found = names.Where(n => n.Name == host).Select(n => IPAddress.Parse(n.Address)).ToArray();
        return found.Length > 0
            ? Task.FromResult(found)
            : Task.FromException<IPAddress[]>(new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.HostNotFound));
    };
}
