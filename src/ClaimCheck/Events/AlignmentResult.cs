namespace ClaimCheck.Events;

/// <summary>The events found and the claims with <see cref="Claim.EventId"/> set; every claim lies in exactly one event.</summary>
/// <param name="Events">Events, ordered by id.</param>
/// <param name="Claims">The claims, ordered by report id, evidence offset and id, each with its event id.</param>
public sealed record AlignmentResult(IReadOnlyList<Event> Events, IReadOnlyList<Claim> Claims);
