using System.Reflection;
using System.Security.Cryptography;
using TradeTalks.Products;

namespace TradeTalks.Web.Api;

/// <summary>
/// Which build answers: eight hex digits from the module version ids of the web app and the core library, which a
/// deterministic build changes exactly when their code or what they carry changes (the bundled product data is in the
/// core library). The API's ETag carries it, so that an answer a new build would give differently (a rule fixed, the
/// product data rebuilt) is never kept by a client as "not modified" because the store's version is the same.
/// </summary>
public static class BuildFingerprint
{
    public static string Current { get; } = Of([typeof(BuildFingerprint).Assembly, typeof(BundledProducts).Assembly]);

    public static string Of(IEnumerable<Assembly> assemblies)
    {
        var ids = assemblies.SelectMany(assembly => assembly.ManifestModule.ModuleVersionId.ToByteArray()).ToArray();
        return Convert.ToHexStringLower(SHA256.HashData(ids).AsSpan(0, 4));
    }
}
