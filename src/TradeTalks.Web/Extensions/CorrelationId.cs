using System.Diagnostics;
using Serilog.Context;

namespace TradeTalks.Web.Extensions;

/// <summary>
/// Gives every request a correlation id: the proxy's X-Correlation-ID when it sends a sensible one (nginx:
/// <c>proxy_set_header X-Correlation-ID $request_id</c>), else the request's trace id. Every log event written while
/// the request runs carries it as CorrelationId, and the response returns it, so a reader's report can be found in the
/// logs of whichever instance served it.
/// </summary>
public sealed class CorrelationId(RequestDelegate next)
{
    public const string Header = "X-Correlation-ID";
    public const string Property = "CorrelationId";

    public async Task InvokeAsync(HttpContext context)
    {
        var id = context.Request.Headers[Header].ToString();
        if (!IsSensible(id))
        {
            id = Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
        }

        context.Items[Property] = id;
        // As the response starts: an error page (the exception handler clears the headers) returns it too.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = id;
            return Task.CompletedTask;
        });
        using (LogContext.PushProperty(Property, id))
        {
            await next(context);
        }
    }

    /// <summary>Letters, digits, '-', '_' and '.', 1 to 64 of them: nothing a log reader or a header could trip on.</summary>
    internal static bool IsSensible(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
