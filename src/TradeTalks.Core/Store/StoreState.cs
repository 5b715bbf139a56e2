namespace TradeTalks.Store;

/// <summary>
/// Whether the store can serve readers and editors, as start-up found it. The web host starts listening at once and
/// brings the store up to date meanwhile; pages wait for <see cref="Serving"/>, and the readiness probe reports
/// <see cref="UnavailableReason"/> until then.
/// </summary>
public sealed class StoreState
{
    private readonly TaskCompletionSource _serving = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the store's schema is current, so pages can read it.</summary>
    public Task Serving => _serving.Task;

    public bool IsServing => _serving.Task.IsCompleted;

    /// <summary>Why the store cannot be read yet (null once it can, or before start-up has looked).</summary>
    public string? UnavailableReason { get; private set; } = "The store is being brought up to date.";

    /// <summary>Why editing is unavailable although readers are served (a read-only store), or null.</summary>
    public string? ReadOnlyReason { get; private set; }

    public void Serve()
    {
        UnavailableReason = null;
        _serving.TrySetResult();
    }

    public void ServeReadOnly(string reason)
    {
        ReadOnlyReason = reason;
        Serve();
    }

    /// <summary>Records why the store cannot serve yet; pages that wait for it answer with this.</summary>
    public void Unavailable(string reason)
    {
        if (!IsServing)
        {
            UnavailableReason = reason;
        }
    }
}
