using System.Globalization;

namespace ClaimCheck.Output;

/// <summary>
/// Writes claims as CSV for spreadsheets and notebooks (RFC 4180): a header row, one row per claim with flattened columns,
/// records ending in CRLF, and fields holding a comma, a double quote, CR or LF enclosed in double quotes with inner quotes
/// doubled. Lists are joined: <c>source.via</c> with " &gt; ", places and cues with "; ". Absent values are empty fields.
/// </summary>
/// <remarks>
/// <para>The output starts with a byte-order mark (U+FEFF) so that spreadsheet programs read the file as UTF-8 and show Arabic;
/// give it a UTF-8 <see cref="TextWriter"/> (as the CLI does).</para>
/// <para>The file is for spreadsheets, so it is made safe for them (OWASP's advice on CSV injection): a field that starts
/// with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return, which a spreadsheet would run as a formula, gets
/// a leading apostrophe, and so does a field that starts with an apostrophe. To get the values back, remove one leading
/// apostrophe from every field that has one. Control and bidirectional override characters (other than tab and line
/// breaks) are shown as <c>&lt;U+XXXX&gt;</c> (<see cref="DisplayText"/>); JSON keeps the exact text.</para>
/// </remarks>
public static class CsvClaimWriter
{
    /// <summary>The header row's column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "reportId", "kind", "polarity",
        "quantityMin", "quantityMax", "quantityBest", "quantityQualifier", "quantityText",
        "subject", "harm", "action",
        "sourceName", "sourceCamp", "sourceVia", "sourceMention",
        "places", "date", "evidenceStart", "evidenceEnd", "evidenceText", "cues", "eventId", "actors",
        "outlet", "published", "eventLabel", "sourceAffiliation", "confidence",
    ];

    /// <summary>The byte-order mark the output starts with.</summary>
    internal const char ByteOrderMark = '\uFEFF';

    /// <summary>Writes the claims of <paramref name="analysis"/>, with each claim's report outlet and date and its event's label.</summary>
    public static void Write(Analysis analysis, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var reports = new Dictionary<string, ReportInfo>(StringComparer.Ordinal);
        foreach (var r in analysis.Reports) reports.TryAdd(r.Id, r);
        var events = new Dictionary<string, Event>(StringComparer.Ordinal);
        foreach (var e in analysis.Events) events.TryAdd(e.Id, e);
        Write(analysis.Claims, writer, reports, events);
    }

    /// <summary>Writes <paramref name="claims"/> in the given order (without reports and events, the outlet, published and eventLabel columns are empty).</summary>
    public static void Write(IEnumerable<Claim> claims, TextWriter writer) =>
        Write(claims, writer, new Dictionary<string, ReportInfo>(), new Dictionary<string, Event>());

    private static void Write(IEnumerable<Claim> claims, TextWriter writer, Dictionary<string, ReportInfo> reports, Dictionary<string, Event> events)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ByteOrderMark);
        WriteRecord(writer, Columns);
        var fields = new string?[Columns.Count];
        foreach (var c in claims)
        {
            int i = 0;
            fields[i++] = c.Id;
            fields[i++] = c.ReportId;
            fields[i++] = ContractNames.Of(c.Kind);
            fields[i++] = ContractNames.Of(c.Polarity);
            fields[i++] = Number(c.Quantity?.Min);
            fields[i++] = Number(c.Quantity?.Max);
            fields[i++] = Number(c.Quantity?.Best);
            fields[i++] = c.Quantity is { } q ? ContractNames.Of(q.Qualifier) : null;
            fields[i++] = c.QuantityText;
            fields[i++] = c.Subject;
            fields[i++] = ContractNames.Of(c.Harm);
            fields[i++] = c.Action;
            fields[i++] = c.Source.Name;
            fields[i++] = ContractNames.Of(c.Source.Camp);
            fields[i++] = string.Join(" > ", c.Source.Via);
            fields[i++] = c.Source.Mention;
            fields[i++] = string.Join("; ", c.Places);
            fields[i++] = ContractNames.Of(c.Date);
            fields[i++] = Number(c.Evidence.Start);
            fields[i++] = Number(c.Evidence.End);
            fields[i++] = c.Evidence.Text;
            fields[i++] = string.Join("; ", c.Cues);
            fields[i++] = c.EventId;
            fields[i++] = string.Join("; ", c.Actors);
            var report = reports.GetValueOrDefault(c.ReportId);
            fields[i++] = report?.Outlet;
            fields[i++] = report?.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            fields[i++] = c.EventId is { } eventId ? events.GetValueOrDefault(eventId)?.Label : null;
            fields[i++] = c.Source.Affiliation;
            fields[i++] = c.Confidence?.ToString("0.000", CultureInfo.InvariantCulture);
            WriteRecord(writer, fields);
        }
    }

    /// <summary>Writes one record: fields separated by commas, quoted when needed, ended by CRLF.</summary>
    internal static void WriteRecord(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            WriteField(writer, fields[i]);
        }
        writer.Write("\r\n");
    }

    /// <summary>Writes one field, enclosed in double quotes when it holds a comma, a double quote, CR or LF.</summary>
    internal static void WriteField(TextWriter writer, string? field)
    {
        if (string.IsNullOrEmpty(field)) return;
        field = Neutralise(DisplayText.Show(field, keepLineBreaks: true));
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(field);
            return;
        }
        writer.Write('"');
        foreach (char c in field)
        {
            if (c == '"') writer.Write('"');
            writer.Write(c);
        }
        writer.Write('"');
    }

    /// <summary>The characters that make a spreadsheet read a cell as a formula, and the apostrophe that marks a neutralised one.</summary>
    internal const string FormulaStarts = "=+-@\t\r'";

    /// <summary>A field a spreadsheet would run as a formula, or one starting with an apostrophe, with an apostrophe before it.</summary>
    internal static string Neutralise(string field) =>
        field.Length > 0 && FormulaStarts.Contains(field[0], StringComparison.Ordinal) ? "'" + field : field;

    private static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);
}
