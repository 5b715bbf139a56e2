using System.Net;
using Microsoft.Extensions.Options;

namespace TradeTalks.SourceChecks;

/// <summary>Looks up a host name's addresses: the system's resolver in the app, a table in tests.</summary>
public delegate Task<IPAddress[]> ResolveHost(string host, CancellationToken cancellationToken);

/// <summary>
/// Decides which addresses a fetch may connect to: every address a host name resolves to must be public, unless
/// Sources:AllowPrivateAddresses says otherwise. The fetcher asks it at connect time, for every connection (redirects
/// included), with the addresses it then connects to, so a name that resolves elsewhere a second time (DNS rebinding)
/// is caught too.
/// </summary>
public sealed class AddressGuard
{
    private readonly ResolveHost _resolve;
    private readonly bool _allowPrivate;
    private readonly Func<IPAddress, bool> _alsoAllowed;

    public AddressGuard(IOptions<SourceCheckOptions> options)
        : this((host, cancellationToken) => Dns.GetHostAddressesAsync(host, cancellationToken), options.Value.AllowPrivateAddresses)
    {
    }

    /// <param name="alsoAllowed">Non-public addresses let through all the same: a test's own server, when it checks that another is refused.</param>
    public AddressGuard(ResolveHost resolve, bool allowPrivate, Func<IPAddress, bool>? alsoAllowed = null)
    {
        _resolve = resolve;
        _allowPrivate = allowPrivate;
        _alsoAllowed = alsoAllowed ?? (_ => false);
    }

    /// <summary>The addresses a host may be reached at; throws <see cref="AddressRefusedException"/> saying why not.</summary>
    public async Task<IPAddress[]> AllowedAddressesAsync(string host, CancellationToken cancellationToken)
    {
        var name = host.TrimStart('[').TrimEnd(']');
        IPAddress[] addresses;
        if (IPAddress.TryParse(name, out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await _resolve(name, cancellationToken);
            }
            catch (System.Net.Sockets.SocketException exception)
            {
                throw new AddressRefusedException($"{host} could not be looked up ({exception.Message}).", exception);
            }
        }

        if (addresses.Length == 0)
        {
            throw new AddressRefusedException($"{host} has no address.");
        }

        // One non-public address refuses the name: which of them a connection would take is not ours to choose.
        if (!_allowPrivate && addresses.FirstOrDefault(a => !PublicAddresses.IsPublic(a) && !_alsoAllowed(a)) is { } refused)
        {
            var where = refused.ToString() == name ? host : $"{host} ({refused})";
            throw new AddressRefusedException(
                $"{where} is not a public address (loopback, private, link-local or reserved), so it is not fetched. " +
                "A source's address must be on the public internet.");
        }

        return addresses;
    }
}

/// <summary>A fetch the address guard stopped, with the reason in words.</summary>
public sealed class AddressRefusedException(string message, Exception? inner = null) : IOException(message, inner);
