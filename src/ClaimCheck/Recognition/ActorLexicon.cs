using ClaimCheck.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Recognition;

/// <summary>A party of events: who is evacuated, attacked, killed, or agrees.</summary>
/// <param name="Id">Lower-case kebab id ("regime-forces", "isis"); it doubles as the casualty subject of the output contract.</param>
/// <param name="Label">English label.</param>
/// <param name="Aliases">Arabic names that always denote the actor, in ordinary spelling.</param>
/// <param name="WeakAliases">Names that denote it only as an anaphor or a generic word ("التنظيم", "النظام", "المعارضة", "جنود"): consumers should prefer a strong mention nearby.</param>
public sealed record Actor(string Id, string Label, IReadOnlyList<string> Aliases, IReadOnlyList<string> WeakAliases)
{
    /// <summary>
    /// The id of the broader party this actor is one faction of ("faylaq-al-rahman" and "ahrar-al-sham" are factions of
    /// "opposition-fighters"), or null. A faction counts as its party for casualty subjects and evacuee parties; in event
    /// alignment the broader party stands for any of its factions, while two factions are two parties.
    /// </summary>
    public string? MemberOf { get; init; }

    /// <summary>
    /// The subject of the output contract that people of this actor are counted as in casualty claims, when it is not the
    /// actor's own id (or its party's, for a faction): rescuers and aid workers are "civilians", the SDF "kurdish-forces",
    /// Russia and Hezbollah "regime-forces", other foreign forces the contract has no value for "fighters"; null keeps the id. In
    /// a lexicon file <c>"subject"</c>.
    /// </summary>
    public string? Subject { get; init; }
}

/// <summary>An actor named in a document.</summary>
/// <param name="FirstToken">Index of the first token of the mention.</param>
/// <param name="EndToken">Index one past its last token.</param>
/// <param name="Span">Span in the normalised text, without proclitics (لتنظيم داعش → تنظيم داعش); map it with <see cref="Document.ToOriginal"/>.</param>
/// <param name="Actor">The actor.</param>
/// <param name="Weak">True when the words were a weak alias (an anaphor or generic word).</param>
public sealed record ActorMention(int FirstToken, int EndToken, TextSpan Span, Actor Actor, bool Weak);

/// <summary>The JSON shape of actors.json and of user actor files; every section is optional in a user file.</summary>
internal sealed class ActorFile
{
    /// <summary>The actors.</summary>
    public List<ActorEntryJson?>? Actors { get; set; }

    /// <summary>Phrases that contain an actor's name but are not the actor ("روسيا اليوم" is a channel).</summary>
    public List<string?>? NotActors { get; set; }
}

/// <summary>One actor as written in JSON (weakAliases optional).</summary>
internal sealed class ActorEntryJson
{
    /// <summary>Kebab id.</summary>
    public string? Id { get; set; }

    /// <summary>English label.</summary>
    public string? Label { get; set; }

    /// <summary>Strong aliases.</summary>
    public List<string?>? Aliases { get; set; }

    /// <summary>Weak aliases.</summary>
    public List<string?>? WeakAliases { get; set; }

    /// <summary>Optional id of the broader party this actor is a faction of.</summary>
    public string? MemberOf { get; set; }

    /// <summary>Optional contract subject casualties of this actor are counted as.</summary>
    public string? Subject { get; set; }
}

/// <summary>
/// The actor lexicon: the parties of the Syrian war (regime forces, ISIS, factions, Kurdish forces, foreign states, the UN,
/// rescuers) with their Arabic names. Mentions are found by normalised token with <see cref="PhraseMatcher{T}"/>
/// (proclitics stripped, quotes between words skipped, longest match wins): "الجيش السوري الحر" is the opposition, not
/// "الجيش السوري"; "قوات سوريا الديمقراطية" is the SDF. "Not-actor" phrases ("روسيا اليوم") hide the names inside them.
/// Instances are immutable and thread-safe.
/// </summary>
public sealed class ActorLexicon
{
    private const string ResourceName = "actors.json";
    private static readonly Lazy<ActorLexicon> s_default = new(LoadDefault);

    private sealed record Hit(Actor? Actor, bool Weak, int FirstLength);
    private sealed record Entry(Actor Actor, LexiconOrigin Origin, string Path);
    private sealed record Blocker(string Text, LexiconOrigin Origin, string Path);

    private readonly Entry[] _entries;
    private readonly Blocker[] _blockers;
    private readonly Actor[] _actors;
    private readonly Dictionary<string, Actor> _byId;
    private readonly PhraseMatcher<Hit> _matcher;

    private ActorLexicon(Entry[] entries, Blocker[] blockers)
    {
        _entries = entries;
        _blockers = blockers;
        _byId = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var idAt = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var keyAt = new Dictionary<string, (LexiconOrigin Origin, string Path, string Owner)>(StringComparer.Ordinal);
        var phrases = new List<(string, Hit)>();

        void AddKey(string? phrase, Actor? actor, bool weak, LexiconOrigin origin, string path, string owner)
        {
            if (string.IsNullOrWhiteSpace(phrase)) throw origin.Error(path, $"empty phrase in {owner}");
            var tokens = PhraseMatcher<Hit>.TokensOf(phrase);
            string key = string.Join(' ', tokens);
            if (key.Length == 0) throw origin.Error(path, $"'{phrase}' in {owner} has no words");
            var hit = new Hit(actor, weak, tokens[0].Length);
            if (keyAt.TryGetValue(key, out var prior))
                throw origin.Error(path, $"duplicate alias '{phrase}' in {owner}: already used by {prior.Owner} at {prior.Origin.Where(prior.Path)}");
            keyAt[key] = (origin, path, owner);
            phrases.Add((phrase, hit));
        }

        foreach (var e in entries)
        {
            var a = e.Actor;
            if (!IsKebab(a.Id)) throw e.Origin.Error(e.Path + ".id", $"id '{a.Id}' must be lower-case kebab (letters, digits, single hyphens)");
            if (idAt.TryGetValue(a.Id, out var first)) throw e.Origin.Error(e.Path + ".id", $"duplicate actor id '{a.Id}' (first defined at {first.Origin.Where(first.Path)})");
            if (string.IsNullOrWhiteSpace(a.Label)) throw e.Origin.Error(e.Path + ".label", $"actor '{a.Id}' needs a label");
            if (a.Aliases is null || a.Aliases.Count == 0) throw e.Origin.Error(e.Path + ".aliases", $"actor '{a.Id}' needs at least one alias");
            if (a.WeakAliases is null) throw e.Origin.Error(e.Path + ".weakAliases", $"weakAliases of '{a.Id}' must be a list");
            if (a.Subject is { } subject && !IsKebab(subject)) throw e.Origin.Error(e.Path + ".subject", $"subject '{subject}' of '{a.Id}' must be lower-case kebab (letters, digits, single hyphens)");
            idAt[a.Id] = e;
            _byId[a.Id] = a;
            string owner = $"actor '{a.Id}'";
            for (int i = 0; i < a.Aliases.Count; i++) AddKey(a.Aliases[i], a, false, e.Origin, $"{e.Path}.aliases[{i}]", owner);
            for (int i = 0; i < a.WeakAliases.Count; i++) AddKey(a.WeakAliases[i], a, true, e.Origin, $"{e.Path}.weakAliases[{i}]", owner);
        }
        foreach (var e in entries)
        {
            if (e.Actor.MemberOf is not { } parent) continue;
            if (!_byId.TryGetValue(parent, out var p)) throw e.Origin.Error(e.Path + ".memberOf", $"actor '{e.Actor.Id}' is a member of '{parent}', which is no actor");
            if (p.MemberOf is not null || ReferenceEquals(p, e.Actor)) throw e.Origin.Error(e.Path + ".memberOf", $"actor '{e.Actor.Id}' is a member of '{parent}', which is itself a member or the actor: one level only");
        }
        Groups = entries.Where(e => e.Actor.MemberOf is not null).GroupBy(e => e.Actor.MemberOf!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(e => e.Actor.Id).ToArray(), StringComparer.Ordinal);
        foreach (var b in blockers) AddKey(b.Text, null, false, b.Origin, b.Path, "notActors");
        _matcher = new PhraseMatcher<Hit>(phrases);
        _actors = entries.Select(e => e.Actor).ToArray();
    }

    private static bool IsKebab(string? id)
    {
        if (string.IsNullOrEmpty(id) || id[0] == '-' || id[^1] == '-') return false;
        for (int i = 0; i < id.Length; i++)
        {
            char c = id[i];
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9')) continue;
            if (c == '-' && id[i - 1] != '-') continue;
            return false;
        }
        return true;
    }

    /// <summary>The built-in lexicon (embedded actors.json), loaded once.</summary>
    public static ActorLexicon Default => s_default.Value;

    private static ActorLexicon LoadDefault()
    {
        var (file, origin) = LexiconOrigin.LoadEmbedded(ResourceName, RecognitionJsonContext.Reading.ActorFile);
        var (entries, blockers) = FromFile(file, origin);
        return new ActorLexicon(entries, blockers);
    }

    private static (Entry[], Blocker[]) FromFile(ActorFile file, LexiconOrigin origin)
    {
        var entries = new List<Entry>();
        for (int i = 0; i < (file.Actors?.Count ?? 0); i++)
        {
            string path = $"$.actors[{i}]";
            var j = file.Actors![i] ?? throw origin.Error(path, "null actor");
            if (j.Aliases is { } al && al.Any(x => x is null)) throw origin.Error(path + ".aliases", "null alias");
            if (j.WeakAliases is { } wl && wl.Any(x => x is null)) throw origin.Error(path + ".weakAliases", "null alias");
            var actor = new Actor(j.Id ?? "", j.Label ?? "", j.Aliases is null ? null! : j.Aliases.Select(x => x!).ToArray(),
                j.WeakAliases?.Select(x => x!).ToArray() ?? []) { MemberOf = j.MemberOf, Subject = j.Subject };
            entries.Add(new Entry(actor, origin, path));
        }
        var blockers = new List<Blocker>();
        for (int i = 0; i < (file.NotActors?.Count ?? 0); i++) blockers.Add(new Blocker(file.NotActors![i] ?? "", origin, $"$.notActors[{i}]"));
        return (entries.ToArray(), blockers.ToArray());
    }

    /// <summary>A lexicon of exactly <paramref name="actors"/> (no built-in actors or not-actor phrases).</summary>
    /// <exception cref="LexiconException">An actor is invalid (bad or duplicate id, no alias, duplicate alias); the exception names the field.</exception>
    public static ActorLexicon Load(IEnumerable<Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var origin = LexiconOrigin.Code("ActorLexicon.Load");
        var entries = new List<Entry>();
        int i = 0;
        foreach (var a in actors)
        {
            string path = $"$.actors[{i++}]";
            entries.Add(new Entry(a ?? throw origin.Error(path, "null actor"), origin, path));
        }
        return new ActorLexicon(entries.ToArray(), []);
    }

    /// <summary>
    /// This lexicon plus the user file at <paramref name="path"/>, a JSON object of the shape of the built-in actors.json:
    /// <c>{"actors": [{"id", "label", "aliases", "weakAliases", "memberOf"}], "notActors": []}</c>, every section optional
    /// ("memberOf", optional, names the broader party of a faction: an actor of this lexicon or of the file).
    /// </summary>
    /// <exception cref="LexiconException">The file is unreadable, not JSON, has an unknown field, or an entry is invalid or clashes with a known one; the exception names the file, line and field, and this instance is unchanged.</exception>
    public ActorLexicon WithFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (file, origin) = LexiconOrigin.LoadFile(path, RecognitionJsonContext.Reading.ActorFile);
        var (entries, blockers) = FromFile(file, origin);
        return new ActorLexicon([.. _entries, .. entries], [.. _blockers, .. blockers]);
    }

    /// <summary>
    /// The subject of the output contract that people of <paramref name="actor"/> are counted as in casualty claims: its own
    /// <see cref="Actor.Subject"/>, else its broader party's (a faction of pro-regime militias is counted as the regime's forces,
    /// one of the opposition as opposition fighters), else its party's or its own id.
    /// </summary>
    public string SubjectOf(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Subject is { } own) return own;
        if (actor.MemberOf is not { } parent) return actor.Id;
        return _byId.TryGetValue(parent, out var p) ? p.Subject ?? p.Id : parent;
    }

    /// <summary>The broader parties and their factions (<see cref="Actor.MemberOf"/>): "opposition-fighters" → "faylaq-al-rahman", "ahrar-al-sham", ….</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Groups { get; }

    /// <summary>All actors, built-in first, in file order.</summary>
    public IReadOnlyList<Actor> Actors => _actors;

    /// <summary>Looks an actor up by id.</summary>
    public bool TryGet(string id, out Actor a)
    {
        if (id is not null && _byId.TryGetValue(id, out var found))
        {
            a = found;
            return true;
        }
        a = null!;
        return false;
    }

    /// <summary>Actors named in tokens [<paramref name="firstToken"/>, <paramref name="endToken"/>) of <paramref name="doc"/>, in text order, not overlapping.</summary>
    public IReadOnlyList<ActorMention> FindMentions(Document doc, int firstToken, int endToken)
    {
        ArgumentNullException.ThrowIfNull(doc);
        firstToken = Math.Max(0, firstToken);
        endToken = Math.Min(doc.Tokens.Count, endToken);
        if (endToken <= firstToken) return [];
        var result = new List<ActorMention>();
        foreach (var m in _matcher.Matches(doc, firstToken, endToken))
        {
            if (m.Payload.Actor is not { } actor) continue;
            int end = m.EndToken;
            bool lamLam = MentionSpans.IsLamLam(doc.Tokens[m.FirstToken].End - doc.Tokens[m.FirstToken].Start, m.CliticLength, m.Payload.FirstLength);
            var span = MentionSpans.Of(doc, m.FirstToken, ref end, m.CliticLength, lamLam, endToken);
            result.Add(new ActorMention(m.FirstToken, end, span, actor, m.Payload.Weak));
        }
        return result;
    }
}
