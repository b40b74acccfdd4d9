namespace ClaimCheck;

/// <summary>What ClaimCheck knows about a report as a whole.</summary>
/// <param name="Id">The report id.</param>
/// <param name="Outlet">The outlet, from the manifest, the input or the byline; may be null.</param>
/// <param name="OutletCamp">The outlet's camp, when the outlet is known.</param>
/// <param name="Published">Publication date, if known.</param>
/// <param name="Language">ISO 639-1 code of the text: "ar", "en", or another code for a language ClaimCheck does not read (no claims).</param>
public sealed record ReportInfo(string Id, string? Outlet, Camp? OutletCamp, DateOnly? Published, string Language)
{
    /// <summary>
    /// What the report is about as a whole: its most frequent content words (folded and stemmed as <see cref="Events.Terms"/>
    /// folds them, function words left out), at most <see cref="MaxTopicTerms"/>, the most frequent first. The event aligner
    /// compares reports by them besides their claims' evidence, so that a report without a date finds the event it tells of
    /// rather than another in the same area. Empty when unknown (a record written before this field existed).
    /// </summary>
    public IReadOnlyList<string> Topic { get; init; } = [];

    /// <summary>How many topic terms extraction keeps per report.</summary>
    public const int MaxTopicTerms = 40;

    /// <summary>The longest topic term, extracted or read back: a longer run of letters is noise.</summary>
    internal const int MaxTopicTermLength = 64;

    /// <summary>Equal when every field is, the topic compared term by term.</summary>
    public bool Equals(ReportInfo? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Outlet, other.Outlet, StringComparison.Ordinal)
        && OutletCamp == other.OutletCamp
        && Published == other.Published
        && string.Equals(Language, other.Language, StringComparison.Ordinal)
        && (ReferenceEquals(Topic, other.Topic) || (Topic ?? []).SequenceEqual(other.Topic ?? [], StringComparer.Ordinal));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Outlet, OutletCamp, Published, Language, Topic?.Count ?? 0);
}
