using System.Text.Json;
using ClaimCheck.Output;

namespace ClaimCheck.Evaluation;

/// <summary>
/// One claim a careful reader found in a report (the annotation format of the seeds' and the development set's gold files).
/// </summary>
/// <remarks>
/// The gold span is <see cref="Start"/>..<see cref="End"/> (UTF-16 offsets) when both are given, otherwise the first
/// occurrence of <see cref="Quote"/> in the report's text. Agreement and evacuation claims carry <see cref="Polarities"/>;
/// casualty, vehicle and evacuee claims carry a quantity interval (<see cref="Min"/>, <see cref="Max"/>; null is unbounded).
/// </remarks>
public sealed record GoldClaim
{
    /// <summary>The gold claim's id, unique in its file.</summary>
    public required string Id { get; init; }

    /// <summary>The report id (file name) the claim is read in.</summary>
    public required string Report { get; init; }

    /// <summary>The claim's kind.</summary>
    public required ClaimKind Kind { get; init; }

    /// <summary>The camps a matching claim may be attributed to.</summary>
    public required IReadOnlyList<Camp> Camps { get; init; }

    /// <summary>Agreement, evacuation: the accepted polarities (one, or several when the reading is open). Empty for counts.</summary>
    public IReadOnlyList<Polarity> Polarities { get; init; } = [];

    /// <summary>Counts: the lower bound of the gold interval; null is unbounded.</summary>
    public double? Min { get; init; }

    /// <summary>Counts: the upper bound of the gold interval; null is unbounded.</summary>
    public double? Max { get; init; }

    /// <summary>Counts: who or what is counted, when the gold says.</summary>
    public string? Subject { get; init; }

    /// <summary>Vehicles, evacuees: what they did, when the gold says (informative: the score does not check it, as score.py).</summary>
    public string? Action { get; init; }

    /// <summary>Casualties: the harm counted; a casualty claim without harm counts the killed.</summary>
    public Harm? Harm { get; init; }

    /// <summary>The words of the report, when given.</summary>
    public string? Quote { get; init; }

    /// <summary>UTF-16 offset of the gold span's start, when given with <see cref="End"/>.</summary>
    public int? Start { get; init; }

    /// <summary>UTF-16 offset of the gold span's end (exclusive), when given with <see cref="Start"/>.</summary>
    public int? End { get; init; }

    /// <summary>Core claims count for recall; the others (background mentions) only excuse emitted claims.</summary>
    public bool Core { get; init; } = true;

    /// <summary>The gold event slug, for event B-cubed; null when not annotated.</summary>
    public string? Event { get; init; }

    /// <summary>The annotator's note. "uncertain both fit" in it also accepts uncertain and denied readings.</summary>
    public string? Note { get; init; }

    /// <summary>The polarities a matching claim may have: the gold ones, plus uncertain and denied when the reading is open.</summary>
    public IReadOnlyList<Polarity> AcceptedPolarities =>
        Polarities.Contains(Polarity.Uncertain) || (Note?.Contains("uncertain both fit", StringComparison.Ordinal) ?? false)
            ? [.. Polarities, Polarity.Uncertain, Polarity.Denied]
            : Polarities;

    /// <summary>
    /// The gold span in <paramref name="text"/> (the report's original text, or null when it is not at hand): the given
    /// offsets, or the first ordinal occurrence of the quote. Null when neither is available.
    /// </summary>
    public TextSpan? SpanIn(string? text)
    {
        if (Start is { } start && End is { } end) return new TextSpan(start, end);
        if (text is null || Quote is null) return null;
        int i = text.IndexOf(Quote, StringComparison.Ordinal);
        return i < 0 ? null : new TextSpan(i, i + Quote.Length);
    }
}

/// <summary>A contradiction the output must flag: the gold claims of each camp's side.</summary>
/// <param name="Id">The gold id ("X1").</param>
/// <param name="Kind">The slot's kind.</param>
/// <param name="Subject">The slot's subject, when the gold gives one.</param>
/// <param name="Sides">Camp → the gold claim ids on that side.</param>
public sealed record GoldContradiction(string Id, ClaimKind Kind, string? Subject, IReadOnlyDictionary<Camp, IReadOnlyList<string>> Sides);

/// <summary>
/// Something the output must not do with two gold claims: put them in one event (<c>separate-events</c>), on opposite
/// sides of a contradictory verdict (<c>not-same-time</c>), or on opposite sides of any verdict (<c>not-compared</c>).
/// </summary>
/// <param name="Id">The gold id ("N1").</param>
/// <param name="Kind">separate-events, not-same-time or not-compared.</param>
/// <param name="First">The first gold claim id.</param>
/// <param name="Second">The second gold claim id.</param>
public sealed record GoldMustNot(string Id, string Kind, string First, string Second);

/// <summary>A gold file that cannot be read: bad JSON or a claim that breaks the annotation format. The message names the record and field.</summary>
public sealed class GoldFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public GoldFormatException(string message, Exception? innerException = null) : base(message, innerException) { }
}

/// <summary>
/// A gold file: the claims careful readers found, and (seeds-gold format) the contradictions to flag and the must-nots.
/// Accepts <c>{"claims": [...], "contradictions"?: [...], "mustNot"?: [...]}</c> (other top-level fields, such as
/// <c>reports</c>, are ignored) or a bare JSON array of claims. Everything is validated: a gold file is untrusted input.
/// </summary>
public sealed class GoldSet
{
    private static readonly string[] MustNotKinds = ["separate-events", "not-same-time", "not-compared"];

    /// <summary>Creates a gold set from parts (ids must be unique).</summary>
    public GoldSet(IReadOnlyList<GoldClaim> claims, IReadOnlyList<GoldContradiction>? contradictions = null, IReadOnlyList<GoldMustNot>? mustNot = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            ArgumentNullException.ThrowIfNull(claim, nameof(claims));
            if (!ids.Add(claim.Id)) throw new ArgumentException($"gold claim id \"{claim.Id}\" is repeated", nameof(claims));
        }
        Claims = claims;
        Contradictions = contradictions ?? [];
        MustNot = mustNot ?? [];
    }

    /// <summary>The gold claims, in file order.</summary>
    public IReadOnlyList<GoldClaim> Claims { get; }

    /// <summary>The contradictions the output must flag.</summary>
    public IReadOnlyList<GoldContradiction> Contradictions { get; }

    /// <summary>The must-nots.</summary>
    public IReadOnlyList<GoldMustNot> MustNot { get; }

    /// <summary>The reports the gold covers: precision counts the emitted claims of these reports only.</summary>
    public IReadOnlySet<string> Reports => Claims.Select(c => c.Report).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The gold of some reports only (a half of a split): their claims, and the contradictions and must-nots whose claims
    /// all lie among them.
    /// </summary>
    public GoldSet Restrict(IEnumerable<string> reportIds)
    {
        ArgumentNullException.ThrowIfNull(reportIds);
        var keep = reportIds.ToHashSet(StringComparer.Ordinal);
        var claims = Claims.Where(c => keep.Contains(c.Report)).ToArray();
        var ids = claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return new GoldSet(
            claims,
            Contradictions.Where(x => x.Sides.Values.All(side => side.All(ids.Contains))).ToArray(),
            MustNot.Where(m => ids.Contains(m.First) && ids.Contains(m.Second)).ToArray());
    }

    /// <summary>Reads a gold file.</summary>
    /// <exception cref="GoldFormatException">The file is not valid gold; the message starts with the path.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static GoldSet Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string json;
        try
        {
            json = File.ReadAllText(path, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new GoldFormatException($"{path}: not valid UTF-8");
        }
        try
        {
            return Parse(json);
        }
        catch (GoldFormatException ex)
        {
            throw new GoldFormatException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>Parses gold JSON.</summary>
    /// <exception cref="GoldFormatException">The JSON is malformed or breaks the annotation format.</exception>
    public static GoldSet Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new GoldFormatException($"invalid JSON at line {(ex.LineNumber ?? 0) + 1}: {FirstSentence(ex.Message)}", ex);
        }
        using (document)
        {
            try
            {
                return Read(document.RootElement);
            }
            catch (InvalidOperationException ex)
            {
                // JsonElement.GetString refuses escapes such as "\ud800" that do not form valid UTF-16.
                throw new GoldFormatException("a string holds an unpaired surrogate escape (not valid Unicode text)", ex);
            }
        }
    }

    private static GoldSet Read(JsonElement root)
    {
        JsonElement claims;
        if (root.ValueKind == JsonValueKind.Array) claims = root;
        else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("claims", out claims) && claims.ValueKind == JsonValueKind.Array) { }
        else throw new GoldFormatException("expected a JSON array of claims or an object with a \"claims\" array");

        var gold = new List<GoldClaim>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int i = 0;
        foreach (var element in claims.EnumerateArray())
        {
            var claim = ReadClaim(element, $"claims[{i++}]");
            if (!ids.Add(claim.Id)) throw new GoldFormatException($"claims[{i - 1}]: id \"{claim.Id}\" is repeated");
            gold.Add(claim);
        }
        var contradictions = new List<GoldContradiction>();
        var mustNot = new List<GoldMustNot>();
        if (root.ValueKind == JsonValueKind.Object)
        {
            i = 0;
            foreach (var element in OptionalArray(root, "contradictions")) contradictions.Add(ReadContradiction(element, $"contradictions[{i++}]"));
            i = 0;
            foreach (var element in OptionalArray(root, "mustNot")) mustNot.Add(ReadMustNot(element, $"mustNot[{i++}]"));
        }
        return new GoldSet(gold, contradictions, mustNot);
    }

    private static GoldClaim ReadClaim(JsonElement c, string where)
    {
        if (c.ValueKind != JsonValueKind.Object) throw new GoldFormatException($"{where}: expected an object");
        string id = RequiredString(c, "id", where);
        where = $"{where} (id \"{id}\")";
        var kind = RequiredEnum<ClaimKind>(c, "kind", where);
        var camps = RequiredArray(c, "camps", where).Select((e, k) => ParseEnum<Camp>(e, $"{where}: camps[{k}]")).ToArray();
        if (camps.Length == 0) throw new GoldFormatException($"{where}: \"camps\" is empty");

        Polarity[] polarities = [];
        double? min = null, max = null;
        if (kind is ClaimKind.Agreement or ClaimKind.Evacuation)
        {
            if (!c.TryGetProperty("polarity", out var p)) throw new GoldFormatException($"{where}: an {ContractNames.Of(kind)} claim needs \"polarity\"");
            polarities = p.ValueKind == JsonValueKind.Array
                ? p.EnumerateArray().Select((e, k) => ParseEnum<Polarity>(e, $"{where}: polarity[{k}]")).ToArray()
                : [ParseEnum<Polarity>(p, $"{where}: polarity")];
            if (polarities.Length == 0) throw new GoldFormatException($"{where}: \"polarity\" is empty");
        }
        else
        {
            if (!c.TryGetProperty("quantity", out var q) || q.ValueKind != JsonValueKind.Object)
                throw new GoldFormatException($"{where}: a {ContractNames.Of(kind)} claim needs \"quantity\": {{\"min\", \"max\"}}");
            min = OptionalNumber(q, "min", where + ": quantity");
            max = OptionalNumber(q, "max", where + ": quantity");
        }

        int? start = null, end = null;
        bool hasStart = c.TryGetProperty("start", out var s), hasEnd = c.TryGetProperty("end", out var e);
        if (hasStart && hasEnd)
        {
            start = Offset(s, where, "start");
            end = Offset(e, where, "end");
            if (end < start) throw new GoldFormatException($"{where}: \"end\" ({end}) is before \"start\" ({start})");
        }
        string? quote = OptionalString(c, "quote", where);
        if (start is null && quote is null) throw new GoldFormatException($"{where}: needs \"quote\", or \"start\" and \"end\"");

        bool core = true;
        if (c.TryGetProperty("core", out var coreElement))
        {
            if (coreElement.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                throw new GoldFormatException($"{where}: \"core\" must be true or false");
            core = coreElement.GetBoolean();
        }
        Harm? harm = null;
        if (kind == ClaimKind.Casualties && c.TryGetProperty("harm", out var h) && h.ValueKind != JsonValueKind.Null)
            harm = ParseEnum<Harm>(h, $"{where}: harm");

        return new GoldClaim
        {
            Id = id,
            Report = RequiredString(c, "report", where),
            Kind = kind,
            Camps = camps,
            Polarities = polarities,
            Min = min,
            Max = max,
            Subject = OptionalString(c, "subject", where),
            Action = OptionalString(c, "action", where),
            Harm = harm,
            Quote = quote,
            Start = start,
            End = end,
            Core = core,
            Event = OptionalString(c, "event", where) is { Length: > 0 } slug ? slug : null,
            Note = OptionalString(c, "note", where),
        };
    }

    private static GoldContradiction ReadContradiction(JsonElement x, string where)
    {
        if (x.ValueKind != JsonValueKind.Object) throw new GoldFormatException($"{where}: expected an object");
        string id = RequiredString(x, "id", where);
        where = $"{where} (id \"{id}\")";
        var kind = RequiredEnum<ClaimKind>(x, "kind", where);
        if (!x.TryGetProperty("sides", out var sides) || sides.ValueKind != JsonValueKind.Object)
            throw new GoldFormatException($"{where}: needs \"sides\": {{camp: [gold claim ids]}}");
        var map = new Dictionary<Camp, IReadOnlyList<string>>();
        foreach (var side in sides.EnumerateObject())
        {
            if (!ContractNames.TryParse<Camp>(side.Name, out var camp)) throw new GoldFormatException($"{where}: sides: \"{side.Name}\" is not a camp ({Names<Camp>()})");
            if (side.Value.ValueKind != JsonValueKind.Array) throw new GoldFormatException($"{where}: sides.{side.Name} must be an array of gold claim ids");
            map[camp] = side.Value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String
                ? v.GetString()!
                : throw new GoldFormatException($"{where}: sides.{side.Name} must hold gold claim ids (strings)")).ToArray();
        }
        return new GoldContradiction(id, kind, OptionalString(x, "subject", where), map);
    }

    private static GoldMustNot ReadMustNot(JsonElement m, string where)
    {
        if (m.ValueKind != JsonValueKind.Object) throw new GoldFormatException($"{where}: expected an object");
        string id = RequiredString(m, "id", where);
        where = $"{where} (id \"{id}\")";
        string kind = RequiredString(m, "kind", where);
        if (!MustNotKinds.Contains(kind)) throw new GoldFormatException($"{where}: kind \"{kind}\" is not one of {string.Join(", ", MustNotKinds)}");
        var claims = RequiredArray(m, "claims", where);
        if (claims.Count < 2 || claims.Any(v => v.ValueKind != JsonValueKind.String))
            throw new GoldFormatException($"{where}: \"claims\" must hold two gold claim ids");
        return new GoldMustNot(id, kind, claims[0].GetString()!, claims[1].GetString()!);
    }

    private static IEnumerable<JsonElement> OptionalArray(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return [];
        if (value.ValueKind != JsonValueKind.Array) throw new GoldFormatException($"\"{name}\" must be an array");
        return value.EnumerateArray();
    }

    private static List<JsonElement> RequiredArray(JsonElement o, string name, string where)
    {
        if (!o.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
            throw new GoldFormatException($"{where}: needs \"{name}\" (an array)");
        return value.EnumerateArray().ToList();
    }

    private static string RequiredString(JsonElement o, string name, string where) =>
        o.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new GoldFormatException($"{where}: needs \"{name}\" (a non-empty string)");

    private static string? OptionalString(JsonElement o, string name, string where)
    {
        if (!o.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new GoldFormatException($"{where}: \"{name}\" must be a string or null");
    }

    private static double? OptionalNumber(JsonElement o, string name, string where)
    {
        if (!o.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double d) && double.IsFinite(d)
            ? d
            : throw new GoldFormatException($"{where}: \"{name}\" must be a number or null");
    }

    private static int Offset(JsonElement value, string where, string name) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int offset) && offset >= 0
            ? offset
            : throw new GoldFormatException($"{where}: \"{name}\" must be a non-negative integer (a UTF-16 offset)");

    private static T RequiredEnum<T>(JsonElement o, string name, string where) where T : struct, Enum =>
        o.TryGetProperty(name, out var value)
            ? ParseEnum<T>(value, $"{where}: {name}")
            : throw new GoldFormatException($"{where}: needs \"{name}\" ({Names<T>()})");

    private static T ParseEnum<T>(JsonElement value, string where) where T : struct, Enum =>
        value.ValueKind == JsonValueKind.String && ContractNames.TryParse<T>(value.GetString(), out var parsed)
            ? parsed
            : throw new GoldFormatException($"{where}: {(value.ValueKind == JsonValueKind.String ? $"\"{value.GetString()}\"" : value.ValueKind.ToString().ToLowerInvariant())} is not one of {Names<T>()}");

    private static string Names<T>() where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => ContractNames.Of(v)));

    private static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message;
    }
}
