using TradeTalks.Web.Queries;

namespace TradeTalks.Web.Api;

/// <summary>
/// The API's guard on its route group, one filter for every endpoint (as davidfowl/TodoApi puts cross-cutting checks
/// on its groups): the bound query records an endpoint takes (<see cref="AsOfQuery"/> on every one, <see cref="FormatQuery"/>,
/// <see cref="MeasureFilterQuery"/>) are checked before anything else runs, a conditional request included, and the
/// first value that cannot be used is answered with the same 400 naming its parameter. An endpoint only ever reads
/// good ones.
/// </summary>
public static class QueryGuard
{
    public static TBuilder CheckQueries<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((endpoint, next) =>
        {
            // Found once per endpoint when the app starts, not on every request.
            var guarded = endpoint.MethodInfo.GetParameters()
                .Select((parameter, index) => (parameter.ParameterType, index))
                .Where(p => typeof(IGuardedQuery).IsAssignableFrom(p.ParameterType))
                .Select(p => p.index)
                .ToArray();
            if (guarded.Length == 0)
            {
                return next;
            }

            return async invocation =>
            {
                foreach (var index in guarded)
                {
                    if (invocation.GetArgument<IGuardedQuery>(index).FirstProblem is { } problem)
                    {
                        return ApiInput.Parameter(problem.Parameter, problem.Message);
                    }
                }

                return await next(invocation);
            };
        });
}
