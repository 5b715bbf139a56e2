using TradeTalks.Web.Api;
using TradeTalks.Web.Extensions;
using TradeTalks.Web.Queries;

namespace TradeTalks.Web.Published;

/// <summary>
/// The record as published: reading pages and the API answer <c>published=</c> and <c>version=</c> from that version's
/// store (<see cref="PublishedReading"/>), and every reading page can be cited (<see cref="CitationEndpoints"/>).
/// </summary>
public static class PublishedExtensions
{
    public static WebApplicationBuilder AddPublishedReading(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PublishedReading>();
        return builder;
    }

    /// <summary>
    /// Serves a reading page asked for as published from that version's store. After the output cache, so a cached page
    /// costs nothing more; its problems the page shows itself (<c>DashboardPage</c>).
    /// </summary>
    public static WebApplication UsePublishedReading(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                || context.GetEndpoint()?.Metadata.GetMetadata<ReadingPageAttribute>() is null
                || !context.Request.Query.ContainsKey("published") && !context.Request.Query.ContainsKey("version"))
            {
                await next(context);
                return;
            }

            var query = new AsOfQuery
            {
                Published = context.Request.Query["published"].ToString(),
                Version = context.Request.Query["version"].ToString(),
                Time = context.RequestServices.GetRequiredService<TimeProvider>(),
            };
            var reading = context.RequestServices.GetRequiredService<PublishedReading>();
            using var lease = (await reading.OpenAsync(query, context.RequestAborted))?.Serve();
            await next(context);
        });
        return app;
    }

    /// <summary>
    /// The API's part: after the guard (which answers a value that is not a day, instant or version), the endpoint runs
    /// against the version asked for; one that cannot be shown is a problem naming its parameter.
    /// </summary>
    public static TBuilder AnswerAsPublished<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((endpoint, next) =>
        {
            var index = Array.FindIndex(endpoint.MethodInfo.GetParameters(), p => p.ParameterType == typeof(AsOfQuery));
            if (index < 0)
            {
                return next;
            }

            return async invocation =>
            {
                var query = invocation.GetArgument<AsOfQuery>(index);
                if (string.IsNullOrWhiteSpace(query.Published) && string.IsNullOrWhiteSpace(query.Version))
                {
                    return await next(invocation);
                }

                var reading = invocation.HttpContext.RequestServices.GetRequiredService<PublishedReading>();
                using var lease = (await reading.OpenAsync(query, invocation.HttpContext.RequestAborted))?.Serve();
                if (reading.Problem is { } problem)
                {
                    return reading.ProblemStatus == StatusCodes.Status400BadRequest
                        ? ApiInput.Parameter(problem.Parameter, problem.Message)
                        : TypedResults.Problem(problem.Message, statusCode: reading.ProblemStatus, title: "Not available just now",
                            extensions: new Dictionary<string, object?> { ["parameter"] = problem.Parameter });
                }

                return await next(invocation);
            };
        });
}
