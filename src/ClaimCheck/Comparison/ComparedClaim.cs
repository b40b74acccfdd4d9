using ClaimCheck.Output;

namespace ClaimCheck.Comparison;

/// <summary>A claim under comparison: the claim, its day number (the claim's date, else its report's) and its bounds.</summary>
internal sealed class ComparedClaim(Claim claim, int day)
{
    /// <summary>The day of a claim whose date is not known.</summary>
    public const int Unknown = int.MinValue;

    private string? _scope;
    private bool _scoped;

    public Claim Claim { get; } = claim;
    public int Day { get; } = day;

    /// <summary>The comparison interval and best value of a count (see <see cref="Quantity.ComparisonInterval"/>).</summary>
    public (double Lo, double Hi, double Best) Bounds { get; } = Measure(claim.Quantity);

    private static (double, double, double) Measure(Quantity? q)
    {
        if (q is null) return (0, 0, 0);
        var (lo, hi) = q.ComparisonInterval();
        return (lo, hi, Math.Max(0, q.Best));
    }
    public Camp Camp => Claim.Source.Camp;
    public bool Dated => Day != Unknown;

    /// <summary>The count's scope, read from cues and evidence the first time a comparison needs it.</summary>
    public string? Scope(ScopeLexicon lexicon)
    {
        if (!_scoped)
        {
            _scope = lexicon.ScopeOf(Claim);
            _scoped = true;
        }
        return _scope;
    }

    /// <summary>The scope if a comparison has read it (every count in a record has been compared), else null.</summary>
    public string? KnownScope => _scope;

    /// <summary>The claim as the wording of notes sees it.</summary>
    public NotedClaim Noted => new(Claim, Dated ? DateOnly.FromDayNumber(Day) : null, KnownScope);
}
