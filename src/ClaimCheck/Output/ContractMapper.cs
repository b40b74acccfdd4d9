namespace ClaimCheck.Output;

/// <summary>Maps the domain model to the contract records and back, validating what it reads.</summary>
internal static class ContractMapper
{
    public static AnalysisDocumentDto ToDto(Analysis analysis) => new(
        AnalysisJson.SchemaVersion,
        analysis.Reports.Select(ToDto).ToArray(),
        analysis.Claims.Select(ToDto).ToArray(),
        analysis.Events.Select(ToDto).ToArray(),
        analysis.Contradictions.Select(ToDto).ToArray());

    public static ReportDto ToDto(ReportInfo r) =>
        new(r.Id, r.Outlet, ContractNames.Of(r.OutletCamp), ContractNames.Of(r.Published), r.Language, r.Topic);

    public static ClaimDto ToDto(Claim c) => new(
        c.Id,
        c.ReportId,
        ContractNames.Of(c.Kind),
        ContractNames.Of(c.Polarity),
        c.Quantity is { } q ? new QuantityDto(q.Min, q.Max, q.Best, ContractNames.Of(q.Qualifier), c.QuantityText) : null,
        c.Subject,
        ContractNames.Of(c.Harm),
        c.Action,
        new SourceDto(c.Source.Name, ContractNames.Of(c.Source.Camp), c.Source.Via, c.Source.Mention, c.Source.Affiliation),
        c.Places,
        ContractNames.Of(c.Date),
        new EvidenceDto(c.Evidence.Start, c.Evidence.End, c.Evidence.Text),
        c.Cues,
        c.EventId,
        c.Actors,
        c.Confidence);

    public static EventDto ToDto(Event e) => new(
        e.Id, e.Label, e.Places, ContractNames.Of(e.FirstDate), ContractNames.Of(e.LastDate), e.ReportIds, e.ClaimIds, e.GroupedBy);

    public static ContradictionDto ToDto(Contradiction x) => new(
        x.Id,
        x.EventId,
        ContractNames.Of(x.Kind),
        x.Subject,
        x.Action,
        ContractNames.Of(x.Verdict),
        x.Severity,
        x.Sides.Select(s => new SideDto(ContractNames.Of(s.Camp), s.ClaimIds, s.Summary)).ToArray(),
        x.Note);

    private static string N(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static Analysis FromDto(AnalysisDocumentDto dto)
    {
        var reader = new Reader(null);
        return new Analysis
        {
            SchemaVersion = reader.Required(dto.SchemaVersion, "document", "schemaVersion"),
            Reports = Map(dto.Reports, "reports", reader.Report),
            Claims = Map(dto.Claims, "claims", reader.Claim),
            Events = Map(dto.Events, "events", reader.Event),
            Contradictions = Map(dto.Contradictions, "contradictions", reader.Contradiction),
        };
    }

    private static T[] Map<TDto, T>(IReadOnlyList<TDto>? items, string name, Func<TDto?, string, T> map) where TDto : class
    {
        if (items is null) return [];
        var result = new T[items.Count];
        for (int i = 0; i < items.Count; i++) result[i] = map(items[i], name + "[" + N(i) + "]");
        return result;
    }

    /// <summary>Validating conversions from contract records; <c>where</c> names the record in error messages.</summary>
    internal sealed class Reader(long? lineNumber)
    {
        public ReportInfo Report(ReportDto? r, string where)
        {
            r = NotNull(r, where);
            return new ReportInfo(
                Required(r.Id, where, "id"),
                r.Outlet,
                OptionalEnum<Camp>(r.OutletCamp, where, "outletCamp"),
                OptionalDate(r.Published, where, "published"),
                Required(r.Language, where, "language"))
            {
                // Topic terms are hints for alignment: odd entries (null, empty, overlong) are dropped, and at most MaxTopicTerms kept.
                Topic = r.Topic is null ? [] : [.. r.Topic.Where(t => !string.IsNullOrEmpty(t) && t.Length <= ReportInfo.MaxTopicTermLength).Take(ReportInfo.MaxTopicTerms)],
            };
        }

        public Claim Claim(ClaimDto? c, string where)
        {
            c = NotNull(c, where);
            var source = NotNull(c.Source, where + ".source");
            var evidence = NotNull(c.Evidence, where + ".evidence");
            if (evidence.Start < 0 || evidence.End < evidence.Start)
                throw Error($"{where}.evidence: start {N(evidence.Start)} and end {N(evidence.End)} do not form a span");
            Quantity? quantity = null;
            if (c.Quantity is { } q)
            {
                if (q.Min < 0)
                    throw Error($"{where}.quantity: min {N(q.Min)} is negative");
                if (q.Max is { } max && max < q.Min)
                    throw Error($"{where}.quantity: max {N(max)} is below min {N(q.Min)}");
                if (q.Best < q.Min || q.Best > (q.Max ?? long.MaxValue))
                    throw Error($"{where}.quantity: best {N(q.Best)} is outside [min {N(q.Min)}, max {(q.Max is { } m ? N(m) : "unbounded")}]");
                quantity = new Quantity(q.Min, q.Max, q.Best, Enum<QuantityQualifier>(q.Qualifier, where + ".quantity", "qualifier"));
            }
            return new Claim
            {
                Id = Required(c.Id, where, "id"),
                ReportId = Required(c.ReportId, where, "reportId"),
                Kind = Enum<ClaimKind>(c.Kind, where, "kind"),
                Polarity = OptionalEnum<Polarity>(c.Polarity, where, "polarity"),
                Quantity = quantity,
                QuantityText = c.Quantity?.Text,
                Subject = c.Subject,
                Harm = OptionalEnum<Harm>(c.Harm, where, "harm"),
                Action = c.Action,
                Source = new SourceRef(
                    Required(source.Name, where + ".source", "name"),
                    Enum<Camp>(source.Camp, where + ".source", "camp"),
                    Strings(source.Via, where + ".source.via"),
                    source.Mention) { Affiliation = source.Affiliation },
                Places = Strings(c.Places, where + ".places"),
                Actors = Strings(c.Actors, where + ".actors"),
                Date = OptionalDate(c.Date, where, "date"),
                Evidence = new Evidence(evidence.Start, evidence.End, Required(evidence.Text, where + ".evidence", "text")),
                Cues = Strings(c.Cues, where + ".cues"),
                EventId = c.EventId,
                Confidence = c.Confidence is { } confidence && !(confidence >= 0 && confidence <= 1)
                    ? throw Error($"{where}.confidence: {confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)} is not between 0 and 1")
                    : c.Confidence,
            };
        }

        public Event Event(EventDto? e, string where)
        {
            e = NotNull(e, where);
            return new Event
            {
                Id = Required(e.Id, where, "id"),
                Label = Required(e.Label, where, "label"),
                Places = Strings(e.Places, where + ".places"),
                FirstDate = OptionalDate(e.FirstDate, where, "firstDate"),
                LastDate = OptionalDate(e.LastDate, where, "lastDate"),
                ReportIds = Strings(e.ReportIds, where + ".reportIds"),
                ClaimIds = Strings(e.ClaimIds, where + ".claimIds"),
                GroupedBy = Strings(e.GroupedBy, where + ".groupedBy"),
            };
        }

        public Contradiction Contradiction(ContradictionDto? x, string where)
        {
            x = NotNull(x, where);
            var sides = x.Sides ?? [];
            var mapped = new ContradictionSide[sides.Count];
            for (int i = 0; i < sides.Count; i++)
            {
                string sideWhere = where + ".sides[" + N(i) + "]";
                var s = NotNull(sides[i], sideWhere);
                mapped[i] = new ContradictionSide(
                    Enum<Camp>(s.Camp, sideWhere, "camp"),
                    Strings(s.ClaimIds, sideWhere + ".claimIds"),
                    Required(s.Summary, sideWhere, "summary"));
            }
            if (!double.IsFinite(x.Severity))
                throw Error($"{where}: severity must be a finite number");
            return new Contradiction
            {
                Id = Required(x.Id, where, "id"),
                EventId = Required(x.EventId, where, "eventId"),
                Kind = Enum<ClaimKind>(x.Kind, where, "kind"),
                Subject = x.Subject,
                Action = x.Action,
                Verdict = Enum<Verdict>(x.Verdict, where, "verdict"),
                Severity = x.Severity,
                Sides = mapped,
                Note = Required(x.Note, where, "note"),
            };
        }

        public string Required(string? value, string where, string field) =>
            value ?? throw Error($"{where}: '{field}' is missing or null");

        private T NotNull<T>(T? value, string where) where T : class =>
            value ?? throw Error($"{where}: expected an object, found null");

        private T Enum<T>(string? name, string where, string field) where T : struct, System.Enum =>
            ContractNames.TryParse<T>(Required(name, where, field), out var value)
                ? value
                : throw Error($"{where}: '{field}' has unknown value \"{name}\"");

        private T? OptionalEnum<T>(string? name, string where, string field) where T : struct, System.Enum =>
            name is null ? null : Enum<T>(name, where, field);

        private DateOnly? OptionalDate(string? text, string where, string field) =>
            text is null ? null
            : ContractNames.TryParseDate(text, out var date) ? date
            : throw Error($"{where}: '{field}' is not a YYYY-MM-DD date: \"{text}\"");

        private string[] Strings(IReadOnlyList<string>? items, string where)
        {
            if (items is null) return [];
            var result = new string[items.Count];
            for (int i = 0; i < items.Count; i++)
                result[i] = items[i] ?? throw Error(where + "[" + N(i) + "]: expected a string, found null");
            return result;
        }

        private AnalysisFormatException Error(string message) => new(message, lineNumber);
    }
}
