namespace ClaimCheck;

/// <summary>One side of a contradiction: a camp and its claims.</summary>
/// <param name="Camp">The camp.</param>
/// <param name="ClaimIds">Its claims on this slot.</param>
/// <param name="Summary">What it says, short ("251", "denied", "more than 1000").</param>
public sealed record ContradictionSide(Camp Camp, IReadOnlyList<string> ClaimIds, string Summary);
