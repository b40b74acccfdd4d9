using ClaimCheck.Attribution;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// Turns one report into claims: counts (casualties, vehicles, evacuees) anchored on quantities and the nouns they count,
/// polarity claims (agreement, evacuation) anchored on their cue words, each attributed by <see cref="Attributor"/> and
/// carrying its places, parties, date, evidence and cues. Pure: the same report always gives the same claims.
/// </summary>
/// <remarks>
/// This class only orchestrates: it annotates the report's <see cref="Document"/> once (<see cref="ReportContext.Annotate"/>),
/// asks each rule set per sentence (<see cref="Counts"/> for casualties, vehicles and evacuees; <see cref="AgreementRules"/>;
/// <see cref="EvacuationRules"/>), merges repeated mentions, and orders and identifies the claims (<see cref="ClaimBuilder"/>).
/// </remarks>
public sealed class ClaimExtractor
{
    /// <summary>How far into the text a byline is looked for.</summary>
    private const int BylineScan = 4000;

    private readonly ExtractionResources _res;
    private English.EnglishClaimExtractor? _english;

    /// <summary>Creates an extractor over <paramref name="resources"/>.</summary>
    public ClaimExtractor(ExtractionResources resources) => _res = resources;

    /// <summary>
    /// Creates an extractor that also proposes broad readings (<see cref="BroadReadings"/>, cue <c>broad:…</c>) for a
    /// confidence model to decide on; <see cref="ClaimChecker"/> uses it when it has a model and its threshold is below the model's recommended one.
    /// </summary>
    internal ClaimExtractor(ExtractionResources resources, bool broad) : this(resources) => _broad = broad;

    private readonly bool _broad;

    /// <summary>The outlet's camp from the registry, or <see cref="Camp.Other"/> when the outlet is unknown to it; null when there is no outlet.</summary>
    public Camp? OutletCamp(string? outlet) => outlet is null ? null : _res.Sources.TryFind(outlet, out var s) ? s.Camp ?? Camp.Other : Camp.Other;

    /// <summary>Extracts the claims of <paramref name="report"/>.</summary>
    public ReportResult Extract(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(report.Text, nameof(report) + "." + nameof(report.Text));
        // Language dispatch: English has its own rules; a language ClaimCheck does not read yields no claims.
        string language = Languages.LanguageDetector.Resolve(report.Language, report.Text);
        if (language == Languages.LanguageDetector.English) return (_english ??= new(_res)).Extract(report);
        if (language != Languages.LanguageDetector.Arabic) return new ReportResult(new ReportInfo(report.Id, report.Outlet, OutletCamp(report.Outlet), report.Published, language), []);
        var outlet = report.Outlet ?? DetectOutlet(report.Text);
        var doc = new Document(report.Text);
        var info = new ReportInfo(report.Id, outlet, OutletCamp(outlet), report.Published, language) { Topic = ReportTopic.Of(doc) };
        var ctx = new ReportContext(doc, _res, info);
        var claims = new List<Claim>();
        var sentenceClaims = new List<Claim>();
        var broad = new List<Claim>();
        Claim? lastCasualty = null;
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            // A question asserts nothing ("هل خرج التنظيم …؟").
            if (IsQuestion(ctx, s)) continue;
            sentenceClaims.Clear();
            lastCasualty = Counts.Extract(ctx, s, sentenceClaims, lastCasualty);
            AgreementRules.Extract(ctx, s, sentenceClaims);
            EvacuationRules.Extract(ctx, s, sentenceClaims);
            claims.AddRange(MergeWithinSentence(doc, sentenceClaims));
            if (_broad)
            {
                broad.Clear();
                BroadReadings.Extract(ctx, s, sentenceClaims, broad);
                claims.AddRange(MergeWithinSentence(doc, broad));
            }
        }
        var ordered = ClaimBuilder.Identify(claims);
        return new ReportResult(info, ordered);
    }

    private static bool IsQuestion(ReportContext ctx, int s)
    {
        var seg = ctx.Doc.Sentences[s];
        return ctx.Has(seg.FirstToken, CueTags.Question) || ctx.Doc.IsPunct(seg.EndToken - 1, '?');
    }

    /// <summary>One claim per source, kind and value in a sentence: repeated mentions merge, their evidence spans joined.</summary>
    internal static IEnumerable<Claim> MergeWithinSentence(Document doc, List<Claim> claims)
    {
        if (claims.Count < 2)
        {
            foreach (var c in claims) yield return c;
            yield break;
        }
        foreach (var group in claims.GroupBy(c => (c.Kind, c.Polarity, c.Quantity, c.Subject, c.Harm, c.Action, c.Source.Name, c.Source.Camp)))
        {
            var first = group.First();
            if (group.Count() == 1) { yield return first; continue; }
            int start = group.Min(c => c.Evidence.Start), end = group.Max(c => c.Evidence.End);
            var span = new TextSpan(start, end);
            yield return first with
            {
                Evidence = Evidence.From(doc.Original, span),
                Cues = group.SelectMany(c => c.Cues).Distinct(StringComparer.Ordinal).ToArray(),
            };
        }
    }

    /// <summary>A byline in the first lines of the text ("حرية برس:", "تلفزيون سوريا" alone on a line) names the outlet.</summary>
    private string? DetectOutlet(string text)
    {
        int lines = 0, at = 0;
        while (at < text.Length && at < BylineScan && lines < 8)
        {
            int nl = text.IndexOf('\n', at);
            if (nl < 0) nl = text.Length;
            var line = text.AsSpan(at, nl - at).Trim().TrimEnd(":،,").Trim();
            at = nl + 1;
            if (line.Length == 0) continue;
            lines++;
            if (line.Length <= 40 && _res.Sources.TryFind(line.ToString(), out var s) && s.Kind == SourceKind.Outlet) return s.Name;
        }
        return null;
    }
}
