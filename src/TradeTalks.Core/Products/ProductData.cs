namespace TradeTalks.Products;

/// <summary>
/// The bundled product data (data/products/products.json): every HTS10 line of the schedule's revisions since the 2025
/// basic edition, ordered by code, and the revisions it was built from. Past <see cref="LastRevision"/> nothing is on
/// record: a page says so rather than project.
/// </summary>
public sealed record ProductData(IReadOnlyList<ScheduleRevision> Revisions, IReadOnlyList<ProductLine> Lines)
{
    public ScheduleRevision LastRevision => Revisions[^1];
}
