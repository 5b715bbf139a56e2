using TradeTalks.Time;
using TradeTalks.Web.Components.Shared;

namespace TradeTalks.Web.Embeds;

/// <summary>What every embed needs beside its figures: which embed it is, the as-of date it answers for, and the site its links lead to.</summary>
/// <param name="Site">The public address, without a trailing slash (<see cref="Extensions.PublicAddress"/>).</param>
public sealed record EmbedContext(EmbedKind Kind, AsOf AsOf, string Site)
{
    /// <summary>
    /// A full page's absolute address for the same as-of date. The data version of issue 22 (<c>version=</c>) is to be
    /// carried here too, once AsOfQuery has it, so that an embed's links show the figures it shows.
    /// </summary>
    public string Page(string path) => Site + AsOfLinks.With(path, AsOf);
}
