namespace TradeTalks.Web.Components.Shared;

/// <summary>
/// How long ago a deadline passed, in whole days: what a countdown says once it has nothing left to count.
/// tradetalks.js words it the same way when a live countdown reaches zero.
/// </summary>
public static class DeadlinePassed
{
    public static string Words(TimeSpan since) => Math.Floor(since.TotalDays) switch
    {
        < 1 => "Deadline passed less than a day ago",
        1 => "Deadline passed 1 day ago",
        var days => $"Deadline passed {(long)days} days ago",
    };
}
