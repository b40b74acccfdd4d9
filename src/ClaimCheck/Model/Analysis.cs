namespace ClaimCheck;

/// <summary>The immutable result of analysing a set of reports. In .NET notebooks it renders as HTML tables.</summary>
[TypeFormatterSource("ClaimCheck.Output.AnalysisFormatterSource, ClaimCheck", PreferredMimeTypes = new[] { "text/html" })]
public sealed record Analysis
{
    /// <summary>Version of the output contract.</summary>
    public string SchemaVersion { get; init; } = "1";

    /// <summary>Reports, ordered by id.</summary>
    public IReadOnlyList<ReportInfo> Reports { get; init; } = [];

    /// <summary>Claims, ordered by report id, evidence offsets and id.</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    /// <summary>Events, ordered by id.</summary>
    public IReadOnlyList<Event> Events { get; init; } = [];

    /// <summary>Contradictions, ordered by event and id.</summary>
    public IReadOnlyList<Contradiction> Contradictions { get; init; } = [];
}
