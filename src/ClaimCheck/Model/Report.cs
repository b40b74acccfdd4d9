namespace ClaimCheck;

/// <summary>One report to analyse.</summary>
/// <param name="Id">Stable id: the file name, or the id given on input.</param>
/// <param name="Text">The report's original text.</param>
/// <param name="Outlet">The outlet that published it, if known.</param>
/// <param name="Published">Publication date, if known.</param>
public sealed record Report(string Id, string Text, string? Outlet = null, DateOnly? Published = null)
{
    /// <summary>The report's language as an ISO 639-1 code ("ar", "en"), when the input says; null to detect it from the text.</summary>
    public string? Language { get; init; }
}
