using Microsoft.AspNetCore.Http.HttpResults;
using TradeTalks.Claims;
using TradeTalks.DataSets;
using TradeTalks.People;
using TradeTalks.Statements;
using TradeTalks.Talks;
using TradeTalks.Web.Queries;

namespace TradeTalks.Web.Api;

/// <summary>Talks, the people in them, what they said, and the claims about promises.</summary>
public static class TalkApi
{
    internal static async Task<Ok<ApiList<ApiTalk>>> Talks([AsParameters] AsOfQuery query, TalkService talks, CancellationToken cancellationToken) =>
        ApiEndpoints.List(query, (await talks.GetAsync(query.AsOf, cancellationToken)).Select(Of));

    internal static async Task<Results<Ok<ApiTalk>, ProblemHttpResult>> Talk(
        string key, [AsParameters] AsOfQuery query, TalkService talks, CancellationToken cancellationToken) =>
        ApiEndpoints.Found(await talks.FindAsync(key, query.AsOf, cancellationToken), Of, Kinds.Talks.Noun, key, query);

    internal static async Task<Ok<ApiList<ApiPerson>>> People([AsParameters] AsOfQuery query, PeopleService people, CancellationToken cancellationToken) =>
        ApiEndpoints.List(query, (await people.GetRecordsAsync(query.AsOf, cancellationToken)).Select(r => Of(r.Person)));

    internal static async Task<Results<Ok<ApiPerson>, ProblemHttpResult>> Person(
        string key, [AsParameters] AsOfQuery query, PeopleService people, CancellationToken cancellationToken) =>
        ApiEndpoints.Found(await people.FindAsync(key, query.AsOf, cancellationToken), Of, Kinds.People.Noun, key, query);

    internal static async Task<Ok<ApiList<ApiStatement>>> Statements([AsParameters] AsOfQuery query, StatementService statements, CancellationToken cancellationToken) =>
        ApiEndpoints.List(query, (await statements.GetAsync(query.AsOf, cancellationToken)).Select(Of));

    internal static async Task<Ok<ApiList<ApiClaim>>> Claims([AsParameters] AsOfQuery query, ClaimService claims, CancellationToken cancellationToken) =>
        ApiEndpoints.List(query, (await claims.GetAsync(query.AsOf, cancellationToken)).Select(Of));

    private static ApiTalk Of(Talk t) => new(
        t.Key, t.Kind.ToString(), t.Title, t.Place, t.FirstDay, t.LastDay,
        [.. t.Participants.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new ApiPersonRef(p.Key, p.Name))],
        t.Summary, t.Outcome, t.Note, ApiMapping.Of(t.Sources));

    private static ApiPerson Of(Person p) => new(p.Key, p.Name, p.Side.ToString(), p.Role.ToString(), p.Title, p.Organisation, ApiMapping.Of(p.Sources));

    private static ApiStatement Of(Statement s) => new(s.Key, s.Person?.Key, s.Speaker, s.Side.ToString(), s.SaidOn, s.Words, s.Context, ApiMapping.Of(s.Sources));

    private static ApiClaim Of(Claim c) => new(
        c.Key, c.Kind.ToString(), c.Accuser.ToString(), c.Accused.ToString(), c.Person?.Key, c.Topic.ToString(), c.Commitment, c.Summary,
        c.ReportedOn, c.ResolvedOn, c.Resolution, ApiMapping.Of(c.Sources));
}
