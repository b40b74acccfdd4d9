namespace ClaimCheck;

/// <summary>What ClaimCheck knows about a report as a whole.</summary>
/// <param name="Id">The report id.</param>
/// <param name="Outlet">The outlet, from the manifest, the input or the byline; may be null.</param>
/// <param name="OutletCamp">The outlet's camp, when the outlet is known.</param>
/// <param name="Published">Publication date, if known.</param>
/// <param name="Language">ISO 639-1 code of the text: "ar", "en", or another code for a language ClaimCheck does not read (no claims).</param>
public sealed record ReportInfo(string Id, string? Outlet, Camp? OutletCamp, DateOnly? Published, string Language);
