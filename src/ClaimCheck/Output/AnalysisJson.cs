using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClaimCheck.Output;

/// <summary>
/// Writes and reads the analysis JSON contract (/shared/spec/output-contract.md): one indented document, or JSONL with
/// one record per line and a <c>"type"</c> field (<c>report</c>, <c>claim</c>, <c>event</c>, <c>contradiction</c>).
/// </summary>
/// <remarks>
/// <para>Serialisation is source-generated over dedicated contract records, so the field names and order never follow
/// refactorings of the model. Every field is written; absent values are <c>null</c>. Lines end with "\n"
/// (on .NET 8 the indentation inside a document follows the platform's new line).</para>
/// <para>Arabic is written as is, not as <c>\uXXXX</c> escapes: the encoder is
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>, which leaves HTML-significant characters such as <c>&lt;</c>
/// unescaped. That is safe for JSON files and pipes; never paste this JSON into an HTML <c>&lt;script&gt;</c> block.
/// The HTML writer does not embed JSON: it encodes every text itself.</para>
/// <para>Reading validates what pipelines need (required fields, enum names, dates) and throws
/// <see cref="AnalysisFormatException"/> naming the record and field. Unknown fields are ignored and JSONL records
/// of unknown type are skipped, so newer files stay readable.</para>
/// </remarks>
public static class AnalysisJson
{
    /// <summary>The version of the contract this writer produces.</summary>
    public const string SchemaVersion = "1";

    internal const string TypeProperty = "type";
    internal const string ReportType = "report";
    internal const string ClaimType = "claim";
    internal const string EventType = "event";
    internal const string ContradictionType = "contradiction";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly ContractJsonContext IndentedContext = new(CreateOptions(indented: true));
    private static readonly ContractJsonContext CompactContext = new(CreateOptions(indented: false));

    /// <summary>The analysis as one indented JSON document, ending with a new line.</summary>
    public static string Serialize(Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return JsonSerializer.Serialize(ContractMapper.ToDto(analysis), IndentedContext.AnalysisDocumentDto) + "\n";
    }

    /// <summary>Writes the analysis as one indented JSON document.</summary>
    public static void Write(Analysis analysis, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Serialize(analysis));
    }

    /// <summary>Writes the analysis as one indented JSON document in UTF-8 (no byte-order mark).</summary>
    public static void Write(Analysis analysis, Stream utf8Stream)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        utf8Stream.Write(Utf8NoBom.GetBytes(Serialize(analysis)));
    }

    /// <summary>Reads a JSON document written by <see cref="Write(Analysis, TextWriter)"/>.</summary>
    /// <exception cref="AnalysisFormatException">The JSON is malformed or breaks the contract.</exception>
    public static Analysis Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadDocument(() => JsonSerializer.Deserialize(json, IndentedContext.AnalysisDocumentDto));
    }

    /// <summary>Reads a UTF-8 JSON document written by <see cref="Write(Analysis, Stream)"/>.</summary>
    /// <exception cref="AnalysisFormatException">The JSON is malformed or breaks the contract.</exception>
    public static Analysis Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return ReadDocument(() => JsonSerializer.Deserialize(utf8Json, IndentedContext.AnalysisDocumentDto));
    }

    /// <summary>Writes one claim as its contract record (an element of "claims") with <paramref name="writer"/>'s settings.</summary>
    internal static void WriteClaim(Utf8JsonWriter writer, Claim claim) =>
        JsonSerializer.Serialize(writer, ContractMapper.ToDto(claim), IndentedContext.ClaimDto);

    /// <summary>
    /// Writes the analysis as JSONL: every report, then every claim, event and contradiction, one compact record per
    /// line, each with a leading <c>"type"</c> field and otherwise the same fields as in the JSON document.
    /// </summary>
    public static void WriteJsonl(Analysis analysis, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(writer);
        var typeInfo = CompactContext.AnalysisRecordDto;
        foreach (var r in analysis.Reports) WriteLine(ContractMapper.ToDto(r));
        foreach (var c in analysis.Claims) WriteLine(ContractMapper.ToDto(c));
        foreach (var e in analysis.Events) WriteLine(ContractMapper.ToDto(e));
        foreach (var x in analysis.Contradictions) WriteLine(ContractMapper.ToDto(x));

        void WriteLine(AnalysisRecordDto record)
        {
            writer.Write(JsonSerializer.Serialize(record, typeInfo));
            writer.Write('\n');
        }
    }

    /// <summary>
    /// Reads JSONL written by <see cref="WriteJsonl"/> (or produced by a pipeline in the same shape) into one analysis,
    /// keeping the records in file order. Blank lines are skipped, and so are records of unknown type.
    /// </summary>
    /// <exception cref="AnalysisFormatException">A line is malformed; the exception names its line number.</exception>
    public static Analysis ReadJsonl(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var reports = new List<ReportInfo>();
        var claims = new List<Claim>();
        var events = new List<Event>();
        var contradictions = new List<Contradiction>();
        foreach (var record in ReadRecords(reader, wanted: null))
        {
            switch (record)
            {
                case ReportInfo r: reports.Add(r); break;
                case Claim c: claims.Add(c); break;
                case Event e: events.Add(e); break;
                case Contradiction x: contradictions.Add(x); break;
            }
        }
        return new Analysis { Reports = reports, Claims = claims, Events = events, Contradictions = contradictions };
    }

    /// <summary>
    /// Streams the claim records of JSONL input, skipping records of other types: the input of a later stage
    /// (e.g. alignment) that needs claims only. Lines are read lazily as the sequence is enumerated.
    /// </summary>
    /// <exception cref="AnalysisFormatException">A line is malformed; the exception names its line number.</exception>
    public static IEnumerable<Claim> ReadJsonlClaims(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadRecords(reader, wanted: ClaimType).Cast<Claim>();
    }

    private static IEnumerable<object> ReadRecords(TextReader reader, string? wanted)
    {
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var record = ReadRecord(line, lineNumber, wanted);
            if (record is not null) yield return record;
        }
    }

    private static object? ReadRecord(string line, long lineNumber, string? wanted)
    {
        string where = $"line {lineNumber}";
        try
        {
            using var document = JsonDocument.Parse(line, new JsonDocumentOptions { AllowTrailingCommas = true });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new AnalysisFormatException($"{where}: expected a JSON object", lineNumber);
            if (RepeatedKey(root) is { } repeated)
                throw new AnalysisFormatException($"{where}: \"{repeated}\" is given twice in one object", lineNumber);
            if (!root.TryGetProperty(TypeProperty, out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
                throw new AnalysisFormatException($"{where}: missing string field '{TypeProperty}'", lineNumber);
            string? type = typeElement.GetString();
            if (wanted is not null && type != wanted) return null;
            var reader = new ContractMapper.Reader(lineNumber);
            var context = CompactContext;
            return type switch
            {
                ReportType => reader.Report(root.Deserialize(context.ReportDto), where),
                ClaimType => reader.Claim(root.Deserialize(context.ClaimDto), where),
                EventType => reader.Event(root.Deserialize(context.EventDto), where),
                ContradictionType => reader.Contradiction(root.Deserialize(context.ContradictionDto), where),
                _ => null,
            };
        }
        catch (JsonException ex)
        {
            throw new AnalysisFormatException($"{where}: malformed JSON: {ex.Message}", lineNumber, ex);
        }
        catch (InvalidOperationException ex)
        {
            // Raised for string escapes that do not form valid UTF-16 ("\ud800" alone).
            throw new AnalysisFormatException($"{where}: invalid text: {ex.Message}", lineNumber, ex);
        }
    }

    /// <summary>The first property name given twice in one object of <paramref name="element"/> (at any depth), or null.</summary>
    private static string? RepeatedKey(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!names.Add(property.Name)) return property.Name;
                    if (RepeatedKey(property.Value) is { } inner) return inner;
                }
                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (RepeatedKey(item) is { } inner) return inner;
                }
                return null;
            default:
                return null;
        }
    }

    private static Analysis ReadDocument(Func<AnalysisDocumentDto?> deserialize)
    {
        AnalysisDocumentDto? dto;
        try
        {
            dto = deserialize();
        }
        catch (JsonException ex)
        {
            long? line = ex.LineNumber is { } l ? l + 1 : null;
            throw new AnalysisFormatException($"malformed analysis JSON: {ex.Message}", line, ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new AnalysisFormatException($"invalid text in analysis JSON: {ex.Message}", null, ex);
        }
        return dto is null
            ? throw new AnalysisFormatException("analysis JSON: expected an object, found null")
            : ContractMapper.FromDto(dto);
    }

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };
#if NET9_0_OR_GREATER
        options.NewLine = "\n";
#endif
        return options;
    }
}
