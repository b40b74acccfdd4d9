using System.Text.Json.Serialization;

namespace ClaimCheck.Output;

// Data-transfer records that mirror /shared/spec/output-contract.md one to one. The domain records are never
// serialised directly: the contract stays stable when the model changes, and every field is written (null when absent).
// Property order here is the order in the output. Fields the contract does not list yet (claim.actors,
// claim.source.affiliation, claim.confidence, event.groupedBy) come last in their object: the contract only ever adds fields.

/// <summary>The JSON document: <c>{ schemaVersion, reports, claims, events, contradictions }</c>.</summary>
internal sealed record AnalysisDocumentDto(
    string SchemaVersion,
    IReadOnlyList<ReportDto> Reports,
    IReadOnlyList<ClaimDto> Claims,
    IReadOnlyList<EventDto> Events,
    IReadOnlyList<ContradictionDto> Contradictions);

/// <summary>A JSONL line: one record with a leading <c>"type"</c> discriminator.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = AnalysisJson.TypeProperty)]
[JsonDerivedType(typeof(ReportDto), AnalysisJson.ReportType)]
[JsonDerivedType(typeof(ClaimDto), AnalysisJson.ClaimType)]
[JsonDerivedType(typeof(EventDto), AnalysisJson.EventType)]
[JsonDerivedType(typeof(ContradictionDto), AnalysisJson.ContradictionType)]
internal abstract record AnalysisRecordDto;

/// <summary>reports[i].</summary>
internal sealed record ReportDto(
    string Id,
    string? Outlet,
    string? OutletCamp,
    string? Published,
    string Language,
    IReadOnlyList<string>? Topic = null) : AnalysisRecordDto;

/// <summary>claims[i].</summary>
internal sealed record ClaimDto(
    string Id,
    string ReportId,
    string Kind,
    string? Polarity,
    QuantityDto? Quantity,
    string? Subject,
    string? Harm,
    string? Action,
    SourceDto Source,
    IReadOnlyList<string>? Places,
    string? Date,
    EvidenceDto Evidence,
    IReadOnlyList<string>? Cues,
    string? EventId,
    IReadOnlyList<string>? Actors,
    double? Confidence) : AnalysisRecordDto;

/// <summary>claims[i].quantity.</summary>
internal sealed record QuantityDto(long Min, long? Max, long Best, string Qualifier, string? Text);

/// <summary>claims[i].source.</summary>
/// <remarks><c>affiliation</c> is not in the contract's first version: it comes last.</remarks>
internal sealed record SourceDto(string Name, string Camp, IReadOnlyList<string>? Via, string? Mention, string? Affiliation = null);

/// <summary>claims[i].evidence.</summary>
internal sealed record EvidenceDto(int Start, int End, string Text);

/// <summary>events[i].</summary>
internal sealed record EventDto(
    string Id,
    string Label,
    IReadOnlyList<string>? Places,
    string? FirstDate,
    string? LastDate,
    IReadOnlyList<string>? ReportIds,
    IReadOnlyList<string>? ClaimIds,
    IReadOnlyList<string>? GroupedBy) : AnalysisRecordDto;

/// <summary>contradictions[i].</summary>
internal sealed record ContradictionDto(
    string Id,
    string EventId,
    string Kind,
    string? Subject,
    string? Action,
    string Verdict,
    double Severity,
    IReadOnlyList<SideDto>? Sides,
    string Note) : AnalysisRecordDto;

/// <summary>contradictions[i].sides[j].</summary>
internal sealed record SideDto(string Camp, IReadOnlyList<string>? ClaimIds, string Summary);

/// <summary>
/// Source-generated serialisation metadata for the contract records. The options that the attribute cannot
/// express (the relaxed encoder, "\n" new lines) are applied by <see cref="AnalysisJson"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(AnalysisDocumentDto))]
[JsonSerializable(typeof(AnalysisRecordDto))]
[JsonSerializable(typeof(ReportDto))]
[JsonSerializable(typeof(ClaimDto))]
[JsonSerializable(typeof(EventDto))]
[JsonSerializable(typeof(ContradictionDto))]
internal sealed partial class ContractJsonContext : JsonSerializerContext;
