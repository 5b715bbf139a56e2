using System.Text;

namespace TradeTalks.Web.Extensions;

/// <summary>
/// A return address made fit for a Location header. A header carries ASCII only: a server refuses "/é" with a 500,
/// so whatever the address holds beyond printable ASCII (and spaces) is percent-encoded as UTF-8. What is already
/// encoded, and the address's own ?, &amp; and =, stay as they are.
/// </summary>
public static class ReturnAddress
{
    public static string ForLocation(string localUrl)
    {
        if (localUrl.All(c => c is > ' ' and < '\u007f'))
        {
            return localUrl;
        }

        var encoded = new StringBuilder(localUrl.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in localUrl.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7f)
            {
                encoded.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
