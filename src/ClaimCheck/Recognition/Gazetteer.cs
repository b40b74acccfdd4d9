using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using System.Numerics;

namespace ClaimCheck.Recognition;

/// <summary>A place of the gazetteer.</summary>
/// <param name="Name">Canonical English name ("Yarmouk camp", "Hajar al-Aswad", "Southern Damascus"); unique, compared ignoring case.</param>
/// <param name="Aliases">Arabic names that always denote the place, in ordinary spelling (the normaliser folds hamza, diacritics, tatweel, ة/ه and ى/ي).</param>
/// <param name="Type">camp | neighbourhood | town | city | area | region | governorate | country.</param>
/// <param name="Within">Canonical name of the containing place, or null for a top-level place.</param>
public sealed record Place(string Name, IReadOnlyList<string> Aliases, string Type, string? Within)
{
    /// <summary>
    /// Names that are also ordinary words ("التضامن" is "solidarity", "القدم" "the foot", "الباب" "the door"):
    /// a mention counts only in context, when a place word precedes it ("حي التضامن", "بلدة هجين") or when it is listed
    /// with another place of the same region ("الحجر الأسود والتضامن"). See <see cref="Gazetteer"/>. Absent or null means none
    /// (the source-generated JSON reader passes null for a property a file leaves out).
    /// </summary>
    public IReadOnlyList<string> ContextAliases { get => _contextAliases; init => _contextAliases = value ?? []; }

    private readonly IReadOnlyList<string> _contextAliases = [];
}

/// <summary>A place named in a document.</summary>
/// <param name="FirstToken">Index of the first token of the mention.</param>
/// <param name="EndToken">Index one past its last token.</param>
/// <param name="Span">Span in the normalised text, without proclitics (بمخيم اليرموك → مخيم اليرموك); map it with <see cref="Document.ToOriginal"/>.</param>
/// <param name="Place">The place.</param>
/// <param name="Fuzzy">True when the words matched an alias only approximately (a misspelling).</param>
/// <param name="Score">100 for an exact match, else the similarity score (at least <see cref="Gazetteer.FuzzyCutoff"/>).</param>
public sealed record PlaceMention(int FirstToken, int EndToken, TextSpan Span, Place Place, bool Fuzzy, int Score);

/// <summary>The JSON shape of places.json and of user gazetteer files; every section is optional in a user file.</summary>
internal sealed class GazetteerFile
{
    /// <summary>The places.</summary>
    public List<Place?>? Places { get; set; }

    /// <summary>Phrases that contain a place name but are not a place ("لواء شهداء اليرموك", "قناة الميادين").</summary>
    public List<string?>? NotPlaces { get; set; }

    /// <summary>Words that announce a place name ("حي", "بلدة", "مدينة"); they license context aliases.</summary>
    public List<string?>? PlaceWords { get; set; }

    /// <summary>Common words never matched approximately.</summary>
    public List<string?>? CommonWords { get; set; }
}

/// <summary>
/// The place gazetteer: Syrian places (and neighbouring countries) with Arabic aliases and containment.
/// <para>
/// <see cref="FindMentions(Document, int, int)"/> works in three steps. (1) Exact: aliases are matched by normalised token with
/// <see cref="PhraseMatcher{T}"/> (proclitics و ف ب ل ك لل stripped, longest match wins); "not-place" phrases such as
/// "لواء شهداء اليرموك" or "قناة الميادين" are matched in the same pass and hide the place names inside them.
/// (2) Fuzzy: runs of one to three uncovered words that are not common words, at least <see cref="MinFuzzyLength"/>
/// letters long (articles not counted), are compared with aliases that start with a similar letter (dot-skeleton class, after the article) and
/// have a compatible length, using FuzzySharp's <c>Fuzz.Ratio</c> (computed by <see cref="FuzzyRatio"/>, which a test checks against FuzzySharp) on normalised text; a match
/// needs at least <see cref="FuzzyCutoff"/>. A single dot slip in a word of <see cref="MinDotTypoLength"/> letters or
/// more (ر/ز, ح/خ/ج, س/ش, ب/ت/ث/ن/ي, …: "الباغور" for "الباغوز") scores <see cref="DotTypoScore"/>.
/// (3) Context: mentions through a <see cref="Place.ContextAliases">context alias</see> are kept only when a place word
/// precedes them ("حي التضامن", "بلدة هجين") or when they are coordinated (و, comma, slash) with a kept mention of a
/// place sharing a region below country level ("مخيم اليرموك والحجر الأسود والتضامن").
/// A word written with tanween is never a place ("دوماً" is "always", not Douma).
/// </para>
/// <para>Canonical English names match too (exactly, ignoring case), so English text is covered; approximate matching is
/// for Arabic words only. Instances are immutable and thread-safe.</para>
/// </summary>
public sealed class Gazetteer : IPlaceHierarchy
{
    /// <summary>The minimum FuzzySharp ratio (0–100) for an approximate match. One dropped or added letter passes in words of about six letters and more ("التضامون", "مخيم اليرمك"); one wrong letter passes only from ten letters on.</summary>
    public const int FuzzyCutoff = 90;

    /// <summary>
    /// The minimum length of a word run tried approximately, in letters, not counting spaces nor the article ال of each word:
    /// shorter runs (دوما، حلب، اليرمك) match only exactly, so that common words one letter away from a name
    /// ("العامة" from "العاصمة", "آخرين" from "أخترين") are never taken for places.
    /// </summary>
    public const int MinFuzzyLength = 6;

    /// <summary>The score of a single dot slip (two letters of the same dot skeleton swapped).</summary>
    public const int DotTypoScore = 92;

    /// <summary>The minimum length for the dot-slip rule, counted like <see cref="MinFuzzyLength"/> ("باغوز" has five letters).</summary>
    public const int MinDotTypoLength = 5;

    /// <summary>The allowed values of <see cref="Place.Type"/>.</summary>
    public static IReadOnlyList<string> PlaceTypes { get; } = ["camp", "neighbourhood", "town", "city", "area", "region", "governorate", "country"];

    private const string ResourceName = "places.json";
    private static readonly Lazy<Gazetteer> s_default = new(LoadDefault);

    private sealed record Hit(Place? Place, bool Guarded, int FirstLength);
    private sealed record PlaceEntry(Place Place, LexiconOrigin Origin, string Path);
    private sealed record WordEntry(string Text, LexiconOrigin Origin, string Path);
    private sealed record Parts(PlaceEntry[] Places, WordEntry[] NotPlaces, WordEntry[] PlaceWords, WordEntry[] CommonWords);
    private readonly record struct FuzzyEntry(string Text, Hit Hit);

    /// <summary>
    /// The aliases of one fuzzy bucket, shortest first (then by text), as parallel arrays: the scan reads lengths and letter
    /// sets without touching the strings, and compares text only for the few aliases that pass.
    /// </summary>
    private sealed class FuzzyBucket
    {
        public FuzzyBucket(FuzzyEntry[] entries)
        {
            Texts = entries.Select(e => e.Text).ToArray();
            Hits = entries.Select(e => e.Hit).ToArray();
            Lengths = entries.Select(e => e.Text.Length).ToArray();
            Letters = entries.Select(e => FuzzyRatio.Letters(e.Text)).ToArray();
        }

        public string[] Texts { get; }
        public Hit[] Hits { get; }
        public int[] Lengths { get; }
        public ulong[] Letters { get; }

        /// <summary>The first alias at least <paramref name="length"/> long.</summary>
        public int FirstOfLength(int length)
        {
            int lo = 0, hi = Lengths.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (Lengths[mid] < length) lo = mid + 1; else hi = mid;
            }
            return lo;
        }
    }
    private readonly record struct Candidate(int First, int End, int Clitic, bool LamLam, Place Place, bool Guarded, bool Fuzzy, int Score);

    private readonly Parts _parts;
    private readonly Place[] _places;
    private readonly Dictionary<string, Place> _byName;
    private readonly Dictionary<string, string[]> _ancestors;
    private readonly PhraseMatcher<Hit> _matcher;
    private readonly Dictionary<string, Hit> _exact;
    private readonly Dictionary<char, FuzzyBucket> _fuzzy;

    /// <summary>The fuzzy buckets of the Arabic block, by key − U+0600 (no hashing on the hot path).</summary>
    private readonly FuzzyBucket?[] _fuzzyArabic = new FuzzyBucket?[256];

    /// <summary>Place words and common words in one table: <see cref="PlaceWordFlag"/> | <see cref="CommonWordFlag"/>.</summary>
    private readonly SpanLookup<byte> _words;

    /// <summary>The endings of <see cref="_words"/>: most words are rejected without a lookup.</summary>
    private readonly StartFilter _wordEndings = new();

    private const byte PlaceWordFlag = 1;
    private const byte CommonWordFlag = 2;

    /// <summary>For each total length of two strings, the common-subsequence length that reaches <see cref="FuzzyCutoff"/>.</summary>
    private static readonly int[] s_minimumCommon = Enumerable.Range(0, 257).Select(sum => FuzzyRatio.MinimumCommon(FuzzyCutoff, sum)).ToArray();

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int MinimumCommon(int sum) => sum < s_minimumCommon.Length ? s_minimumCommon[sum] : FuzzyRatio.MinimumCommon(FuzzyCutoff, sum);

    /// <summary>The longest word run worth comparing approximately: longer ones cannot reach the cutoff against any alias.</summary>
    private readonly int _maxFuzzyCandidate;

    private Gazetteer(Parts parts)
    {
        _parts = parts;
        _byName = new Dictionary<string, Place>(StringComparer.OrdinalIgnoreCase);
        var nameAt = new Dictionary<string, PlaceEntry>(StringComparer.OrdinalIgnoreCase);
        var types = new HashSet<string>(PlaceTypes, StringComparer.Ordinal);

        // Names and fields.
        foreach (var e in parts.Places)
        {
            var p = e.Place;
            if (string.IsNullOrWhiteSpace(p.Name)) throw e.Origin.Error(e.Path + ".name", "a place needs a name");
            if (p.Name != p.Name.Trim()) throw e.Origin.Error(e.Path + ".name", $"the name '{p.Name}' has surrounding spaces");
            if (nameAt.TryGetValue(p.Name, out var first))
                throw e.Origin.Error(e.Path + ".name", $"duplicate place name '{p.Name}' (first defined at {first.Origin.Where(first.Path)})");
            if (p.Type is null || !types.Contains(p.Type))
                throw e.Origin.Error(e.Path + ".type", $"type '{p.Type}' of '{p.Name}' is not one of {string.Join(", ", PlaceTypes)}");
            if (p.Aliases is null) throw e.Origin.Error(e.Path + ".aliases", $"'{p.Name}' needs an aliases list");
            if (p.Aliases.Count + p.ContextAliases.Count == 0) throw e.Origin.Error(e.Path + ".aliases", $"'{p.Name}' needs at least one alias");
            nameAt[p.Name] = e;
            _byName[p.Name] = p;
        }

        // Containment: parents exist, no cycles.
        _ancestors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in parts.Places)
        {
            var chain = new List<string>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { e.Place.Name };
            var current = e.Place;
            while (current.Within is not null)
            {
                if (!_byName.TryGetValue(current.Within, out var parent))
                {
                    var at = nameAt[current.Name];
                    throw at.Origin.Error(at.Path + ".within", $"'{current.Name}' lies within unknown place '{current.Within}'");
                }
                if (!seen.Add(parent.Name)) throw e.Origin.Error(e.Path + ".within", $"containment of '{e.Place.Name}' loops back through '{parent.Name}'");
                chain.Add(parent.Name);
                current = parent;
            }
            _ancestors[e.Place.Name] = chain.ToArray();
        }

        // Aliases, canonical names and not-place phrases share one key space.
        _exact = new Dictionary<string, Hit>(StringComparer.Ordinal);
        var keyAt = new Dictionary<string, (LexiconOrigin Origin, string Path, string Owner)>(StringComparer.Ordinal);
        var phrases = new List<(string, Hit)>();
        void AddKey(string? phrase, Place? place, bool guarded, LexiconOrigin origin, string path, string owner, bool duplicateOk = false)
        {
            if (string.IsNullOrWhiteSpace(phrase)) throw origin.Error(path, $"empty phrase in {owner}");
            var tokens = PhraseMatcher<Hit>.TokensOf(phrase);
            string key = string.Join(' ', tokens);
            if (key.Length == 0) throw origin.Error(path, $"'{phrase}' in {owner} has no words");
            var hit = new Hit(place, guarded, tokens[0].Length);
            if (keyAt.TryGetValue(key, out var prior))
            {
                if (duplicateOk && prior.Owner == owner) return;
                throw origin.Error(path, $"duplicate alias '{phrase}' in {owner}: already used by {prior.Owner} at {prior.Origin.Where(prior.Path)}");
            }
            keyAt[key] = (origin, path, owner);
            _exact[key] = hit;
            phrases.Add((phrase, hit));
        }
        foreach (var e in parts.Places)
        {
            var p = e.Place;
            string owner = $"place '{p.Name}'";
            for (int i = 0; i < p.Aliases.Count; i++) AddKey(p.Aliases[i], p, false, e.Origin, $"{e.Path}.aliases[{i}]", owner);
            for (int i = 0; i < p.ContextAliases.Count; i++) AddKey(p.ContextAliases[i], p, true, e.Origin, $"{e.Path}.contextAliases[{i}]", owner);
            // The English name is an alias too, unless it spells like one of the place's own aliases.
            AddKey(p.Name, p, false, e.Origin, e.Path + ".name", owner, duplicateOk: true);
        }
        foreach (var w in parts.NotPlaces) AddKey(w.Text, null, false, w.Origin, w.Path, "notPlaces");
        _matcher = new PhraseMatcher<Hit>(phrases);

        var placeWords = WordSet(parts.PlaceWords, "placeWords");
        var commonWords = WordSet(parts.CommonWords, "commonWords");
        var flags = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var w in placeWords) flags[w] = PlaceWordFlag;
        foreach (var w in commonWords) flags[w] = (byte)(flags.GetValueOrDefault(w) | CommonWordFlag);
        _words = new SpanLookup<byte>(flags.ToList());
        foreach (var w in flags.Keys) _wordEndings.Add(w);

        // Fuzzy buckets: by the dot-skeleton class of the first letter after the article.
        var buckets = new Dictionary<char, List<FuzzyEntry>>();
        foreach (var (key, hit) in _exact)
        {
            if (!IsArabicLetter(key[0])) continue;
            char k = BucketKey(key);
            if (!buckets.TryGetValue(k, out var list)) buckets[k] = list = [];
            list.Add(new FuzzyEntry(key, hit));
        }
        _fuzzy = buckets.ToDictionary(b => b.Key, b => new FuzzyBucket(b.Value.OrderBy(f => f.Text.Length).ThenBy(f => f.Text, StringComparer.Ordinal).ToArray()));
        foreach (var (k, bucket) in _fuzzy)
            if ((uint)(k - '\u0600') < 256u) _fuzzyArabic[k - '\u0600'] = bucket;
        int longestAlias = 0;
        foreach (var bucket in buckets.Values)
            foreach (var f in bucket) longestAlias = Math.Max(longestAlias, f.Text.Length);
        // BestFuzzy skips an alias when 400·min(la, lc) < (2c − 1)(la + lc): a candidate longer than la·(401 − 2c)/(2c − 1) is
        // skipped by every alias (and the dot-slip rule needs equal lengths).
        _maxFuzzyCandidate = longestAlias * (401 - 2 * FuzzyCutoff) / (2 * FuzzyCutoff - 1) + 1;
        _places = parts.Places.Select(e => e.Place).ToArray();
    }

    private static HashSet<string> WordSet(WordEntry[] words, string section)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            if (string.IsNullOrWhiteSpace(w.Text)) throw w.Origin.Error(w.Path, $"empty word in {section}");
            string key = Key(w.Text);
            if (key.Length == 0 || key.Contains(' ')) throw w.Origin.Error(w.Path, $"'{w.Text}' in {section} must be one word");
            if (!set.Add(key)) throw w.Origin.Error(w.Path, $"duplicate word '{w.Text}' in {section}");
        }
        return set;
    }

    private static string Key(string phrase) => string.Join(' ', PhraseMatcher<Hit>.TokensOf(phrase));

    private FuzzyBucket? Bucket(char key) => (uint)(key - '\u0600') < 256u ? _fuzzyArabic[key - '\u0600'] : _fuzzy.GetValueOrDefault(key);

    /// <summary>The built-in gazetteer (embedded places.json), loaded once.</summary>
    public static Gazetteer Default => s_default.Value;

    private static Gazetteer LoadDefault()
    {
        var (file, origin) = LexiconOrigin.LoadEmbedded<GazetteerFile>(ResourceName);
        return new Gazetteer(FromFile(file, origin));
    }

    private static Parts FromFile(GazetteerFile file, LexiconOrigin origin)
    {
        var places = new List<PlaceEntry>();
        for (int i = 0; i < (file.Places?.Count ?? 0); i++)
        {
            var p = file.Places![i] ?? throw origin.Error($"$.places[{i}]", "null place");
            places.Add(new PlaceEntry(p, origin, $"$.places[{i}]"));
        }
        return new Parts(places.ToArray(), Words(file.NotPlaces, origin, "notPlaces"), Words(file.PlaceWords, origin, "placeWords"), Words(file.CommonWords, origin, "commonWords"));
    }

    private static WordEntry[] Words(List<string?>? words, LexiconOrigin origin, string section)
    {
        if (words is null) return [];
        var result = new WordEntry[words.Count];
        for (int i = 0; i < words.Count; i++) result[i] = new WordEntry(words[i] ?? "", origin, $"$.{section}[{i}]");
        return result;
    }

    /// <summary>A gazetteer of exactly <paramref name="places"/> (no built-in places, not-place phrases or word lists).</summary>
    /// <exception cref="LexiconException">A place is invalid: unknown <see cref="Place.Within"/>, a duplicate name or alias, an unknown type; the exception names the field.</exception>
    public static Gazetteer Load(IEnumerable<Place> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        return new Gazetteer(new Parts(FromCode(places, "Gazetteer.Load", "$.places"), [], [], []));
    }

    private static PlaceEntry[] FromCode(IEnumerable<Place> places, string what, string prefix)
    {
        var origin = LexiconOrigin.Code(what);
        var list = new List<PlaceEntry>();
        int i = 0;
        foreach (var p in places)
        {
            string path = $"{prefix}[{i++}]";
            list.Add(new PlaceEntry(p ?? throw origin.Error(path, "null place"), origin, path));
        }
        return list.ToArray();
    }

    /// <summary>This gazetteer plus <paramref name="extra"/> places (which may lie within places already known).</summary>
    /// <exception cref="LexiconException">An extra place is invalid or clashes with a known name or alias; this instance is unchanged.</exception>
    public Gazetteer With(IEnumerable<Place> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        return new Gazetteer(_parts with { Places = [.. _parts.Places, .. FromCode(extra, "Gazetteer.With", "$.extra")] });
    }

    /// <summary>
    /// This gazetteer plus the user file at <paramref name="path"/>, a JSON object of the shape of the built-in places.json:
    /// <c>{"places": [{"name", "aliases", "type", "within", "contextAliases"}], "notPlaces": [], "placeWords": [], "commonWords": []}</c>, every section optional.
    /// </summary>
    /// <exception cref="LexiconException">The file is unreadable, not JSON, has an unknown field, or an entry is invalid or clashes with a known one; the exception names the file, line and field, and this instance is unchanged.</exception>
    public Gazetteer WithFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (file, origin) = LexiconOrigin.LoadFile<GazetteerFile>(path);
        var add = FromFile(file, origin);
        return new Gazetteer(new Parts(
            [.. _parts.Places, .. add.Places], [.. _parts.NotPlaces, .. add.NotPlaces],
            [.. _parts.PlaceWords, .. add.PlaceWords], [.. _parts.CommonWords, .. add.CommonWords]));
    }

    /// <summary>All places, built-in first, in file order.</summary>
    public IReadOnlyList<Place> Places => _places;

    /// <summary>Looks a place up by canonical name (ignoring case).</summary>
    public bool TryGet(string canonicalName, out Place place)
    {
        if (canonicalName is not null && _byName.TryGetValue(canonicalName, out var p))
        {
            place = p;
            return true;
        }
        place = null!;
        return false;
    }

    /// <summary>The places containing <paramref name="place"/>, nearest first ("Yarmouk camp" → Southern Damascus, Damascus, Syria); empty when unknown or top-level.</summary>
    public IReadOnlyList<string> Ancestors(string place) =>
        place is not null && _ancestors.TryGetValue(place, out var chain) ? chain : [];

    /// <summary>True when <paramref name="place"/> is <paramref name="container"/> or lies within it (names compared ignoring case).</summary>
    public bool IsWithin(string place, string container)
    {
        if (place is null || container is null) return false;
        if (string.Equals(place, container, StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var a in Ancestors(place))
        {
            if (string.Equals(a, container, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// Resolves a name written alone: a canonical name, an alias (context aliases included, proclitics stripped), or
    /// else the best approximate alias scoring at least <see cref="FuzzyCutoff"/> (FuzzySharp ratio on normalised text).
    /// </summary>
    /// <param name="name">The name, in any spelling.</param>
    /// <param name="place">The place found.</param>
    /// <param name="score">100 for an exact match, else the similarity.</param>
    public bool TryResolve(string name, out Place place, out int score)
    {
        place = null!;
        score = 0;
        if (string.IsNullOrWhiteSpace(name)) return false;
        if (_byName.TryGetValue(name.Trim(), out var named))
        {
            place = named;
            score = 100;
            return true;
        }
        var tokens = PhraseMatcher<Hit>.TokensOf(name);
        if (tokens.Length == 0) return false;
        string rest = tokens.Length == 1 ? "" : " " + string.Join(' ', tokens, 1, tokens.Length - 1);
        foreach (var (form, _) in ArabicClitics.Candidates(tokens[0]))
        {
            if (_exact.TryGetValue(form + rest, out var hit))
            {
                if (hit.Place is null) return false;
                place = hit.Place;
                score = 100;
                return true;
            }
        }
        Hit? best = null;
        int bestScore = 0;
        int restLetters = 0;
        for (int i = 1; i < tokens.Length; i++) restLetters += StemLength(tokens[i]);
        Span<ulong> masks = stackalloc ulong[256];
        foreach (var (form, _) in ArabicClitics.Candidates(tokens[0]))
        {
            int letters = StemLength(form) + restLetters;
            if (letters < MinDotTypoLength) continue;
            if (BestFuzzy(form + rest, letters, masks, out var h, out int s) && s > bestScore)
            {
                best = h;
                bestScore = s;
            }
        }
        if (best?.Place is null) return false;
        place = best.Place;
        score = bestScore;
        return true;
    }

    /// <summary>Places named in tokens [<paramref name="firstToken"/>, <paramref name="endToken"/>) of <paramref name="doc"/>, in text order, not overlapping.</summary>
    public IReadOnlyList<PlaceMention> FindMentions(Document doc, int firstToken, int endToken) => FindMentions(doc, firstToken, endToken, approximate: true);

    /// <summary>As <see cref="FindMentions(Document, int, int)"/>; without <paramref name="approximate"/> only exact aliases are read (for measuring the stages apart).</summary>
    internal IReadOnlyList<PlaceMention> FindMentions(Document doc, int firstToken, int endToken, bool approximate)
    {
        ArgumentNullException.ThrowIfNull(doc);
        int count = doc.Tokens.Count;
        firstToken = Math.Max(0, firstToken);
        endToken = Math.Min(count, endToken);
        if (endToken <= firstToken) return [];

        var covered = new bool[endToken - firstToken];
        var found = new List<Candidate>();
        foreach (var m in _matcher.Matches(doc, firstToken, endToken))
        {
            for (int t = m.FirstToken; t < m.EndToken; t++) covered[t - firstToken] = true;
            if (m.Payload.Place is { } p)
            {
                bool lamLam = MentionSpans.IsLamLam(doc.Tokens[m.FirstToken].End - doc.Tokens[m.FirstToken].Start, m.CliticLength, m.Payload.FirstLength);
                found.Add(new Candidate(m.FirstToken, m.EndToken, m.CliticLength, lamLam, p, m.Payload.Guarded, false, 100));
            }
        }
        if (approximate) FindFuzzy(doc, firstToken, endToken, covered, found);
        found.RemoveAll(c => HasTanween(doc, c));
        if (found.Count == 0) return [];
        found.Sort((a, b) => a.First.CompareTo(b.First));

        var kept = ApplyContext(doc, found);
        var result = new List<PlaceMention>(found.Count);
        for (int i = 0; i < found.Count; i++)
        {
            if (!kept[i]) continue;
            var c = found[i];
            int end = c.End;
            var span = MentionSpans.Of(doc, c.First, ref end, c.Clitic, c.LamLam, endToken);
            result.Add(new PlaceMention(c.First, end, span, c.Place, c.Fuzzy, c.Score));
        }
        return result;
    }

    private void FindFuzzy(Document doc, int from, int to, bool[] covered, List<Candidate> found)
    {
        var tokens = doc.TokenArray;
        string text = doc.Text;
        Span<CliticForm> forms = stackalloc CliticForm[ArabicClitics.MaxForms];
        int capacity = _maxFuzzyCandidate + 1;
        Span<char> candidate = capacity <= 256 ? stackalloc char[capacity] : new char[capacity];
        Span<ulong> masks = stackalloc ulong[256];
        masks.Clear();
        // Whether each word is a common word (0 = not yet known, 1 = common, 2 = not): a word is asked about up to three times.
        var common = new byte[to - from];
        for (int i = from; i < to; i++)
        {
            var first = tokens[i];
            if (covered[i - from] || first.Kind != TokenKind.Word || !IsArabicLetter(text[first.Start])) continue;
            var word = text.AsSpan(first.Start, first.End - first.Start);
            if (IsCommonAt(i)) continue;
            Hit? bestHit = null;
            int bestScore = 0, bestLength = 0, bestClitic = 0;
            bool bestLamLam = false;
            // The words after the first, each with its leading space, are written behind the first word's form.
            int restLetters = 0;
            int formCount = ArabicClitics.Forms(word, stripArticle: false, forms);
            bool mayBeListed = _wordEndings.MayStart(word);
            for (int len = 1; len <= 3 && i + len <= to; len++)
            {
                int last = i + len - 1;
                if (len > 1)
                {
                    if (covered[last - from] || tokens[last].Kind != TokenKind.Word) break;
                    if (text.AsSpan(tokens[last - 1].End, tokens[last].Start - tokens[last - 1].End).Contains('\n')) break;
                    var next = text.AsSpan(tokens[last].Start, tokens[last].End - tokens[last].Start);
                    restLetters += StemLength(next);
                    if (IsCommonAt(last)) continue;
                }
                int restLength = RestLength(text, tokens, i + 1, last + 1);
                for (int f = 0; f < formCount; f++)
                {
                    var form = forms[f];
                    int formLength = form.Length(word.Length);
                    // Longer runs cannot reach the cutoff (and only grow with more words).
                    if (formLength + restLength > _maxFuzzyCandidate) continue;
                    var formText = form.Text(word, candidate);
                    if (!form.Alef) formText.CopyTo(candidate);
                    if (len == 1 && mayBeListed && _words.TryGetValue(formText, out _)) continue;
                    int letters = StemLength(formText) + restLetters;
                    if (letters < MinDotTypoLength) continue;
                    int n = formLength;
                    for (int t = i + 1; t <= last; t++)
                    {
                        candidate[n++] = ' ';
                        text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start).CopyTo(candidate[n..]);
                        n += tokens[t].End - tokens[t].Start;
                    }
                    if (BestFuzzy(candidate[..n], letters, masks, out var hit, out int score) && (score > bestScore || (score == bestScore && len > bestLength)))
                    {
                        bestHit = hit;
                        bestScore = score;
                        bestLength = len;
                        bestClitic = form.CliticLength;
                        bestLamLam = MentionSpans.IsLamLam(word.Length, form.CliticLength, formLength);
                    }
                }
            }
            if (bestHit is null) continue;
            for (int t = i; t < i + bestLength; t++) covered[t - from] = true;
            if (bestHit.Place is { } p) found.Add(new Candidate(i, i + bestLength, bestClitic, bestLamLam, p, bestHit.Guarded, true, bestScore));
            i += bestLength - 1;
        }

        bool IsCommonAt(int t)
        {
            if (common[t - from] == 0) common[t - from] = IsCommon(text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start)) ? (byte)1 : (byte)2;
            return common[t - from] == 1;
        }
    }

    /// <summary>The length of " w" for each word token in [<paramref name="from"/>, <paramref name="end"/>).</summary>
    private static int RestLength(string text, Token[] tokens, int from, int end)
    {
        int n = 0;
        for (int t = from; t < end; t++) n += 1 + tokens[t].End - tokens[t].Start;
        return n;
    }

    /// <summary>Approximate matching is for Arabic spelling only: English words such as "Syrian" are one letter away from a name.</summary>
    private static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A';

    /// <summary>Letters of a word without its article ال.</summary>
    private static int StemLength(ReadOnlySpan<char> word) => word.Length > 3 && word[0] == '\u0627' && word[1] == '\u0644' ? word.Length - 2 : word.Length;

    private bool IsCommon(ReadOnlySpan<char> word) => _wordEndings.MayStart(word) && AnyForm(word, _words, CommonWordFlag);

    /// <summary>True when <paramref name="word"/> or one of its clitic forms is in <paramref name="words"/> with <paramref name="flag"/>.</summary>
    private static bool AnyForm(ReadOnlySpan<char> word, SpanLookup<byte> words, byte flag)
    {
        Span<CliticForm> forms = stackalloc CliticForm[ArabicClitics.MaxForms];
        Span<char> scratch = word.Length < 64 ? stackalloc char[64] : new char[word.Length + 1];
        int count = ArabicClitics.Forms(word, stripArticle: false, forms);
        for (int f = 0; f < count; f++)
        {
            if (forms[f].Length(word.Length) > words.MaxKeyLength) continue;
            if (words.TryGetValue(forms[f].Text(word, scratch), out byte found) && (found & flag) != 0) return true;
        }
        return false;
    }

    /// <summary>The best approximate alias of a normalised candidate; exact equality is not expected here (exact lookup ran first).</summary>
    /// <param name="candidate">Normalised words, single-spaced.</param>
    /// <param name="letterCount">Its length counted as for <see cref="MinFuzzyLength"/>.</param>
    /// <param name="masks">Scratch for the bit-parallel ratio (256 entries).</param>
    /// <param name="hit">The alias entry found.</param>
    /// <param name="score">Its score.</param>
    private bool BestFuzzy(ReadOnlySpan<char> candidate, int letterCount, Span<ulong> masks, out Hit hit, out int score)
    {
        hit = null!;
        score = 0;
        if (candidate.Length == 0 || Bucket(BucketKey(candidate)) is not { } bucket) return false;
        bool ratioAllowed = letterCount >= MinFuzzyLength;
        int lc = candidate.Length;
        bool prepared = false;
        var ratio = default(FuzzyRatio);
        ulong letters = FuzzyRatio.Letters(candidate);
        var lengths = bucket.Lengths;
        // Without the ratio only the dot-slip rule can match, and it needs an alias of the candidate's length. With it, start at
        // the shortest alias that can pass the length test below.
        int first = bucket.FirstOfLength(ratioAllowed ? ((2 * FuzzyCutoff - 1) * lc) / (401 - 2 * FuzzyCutoff) : lc);
        for (int i = first; i < lengths.Length; i++)
        {
            int la = lengths[i];
            if (!ratioAllowed && la > lc) break;
            // Longer aliases only get further from the cutoff.
            if (la > lc && 400 * lc < (2 * FuzzyCutoff - 1) * (la + lc)) break;
            // Ratio is at most 200·min/(la+lc): skip lengths that cannot reach the cutoff.
            if (400 * Math.Min(la, lc) < (2 * FuzzyCutoff - 1) * (la + lc)) continue;
            int s = 0;
            // Letters one side has and the other lacks are never in a common subsequence: often too many for the cutoff.
            ulong aliasLetters = bucket.Letters[i];
            int onlyCandidate = BitOperations.PopCount(letters & ~aliasLetters), onlyAlias = BitOperations.PopCount(aliasLetters & ~letters);
            if (ratioAllowed && Math.Min(lc - onlyCandidate, la - onlyAlias) >= MinimumCommon(la + lc))
            {
                if (lc > FuzzyRatio.MaxPattern) s = FuzzyRatio.Ratio(candidate, bucket.Texts[i]);
                else
                {
                    if (!prepared)
                    {
                        ratio = new FuzzyRatio(candidate, masks);
                        prepared = true;
                    }
                    s = ratio.Ratio(bucket.Texts[i]);
                }
            }
            // One swapped letter leaves at most one letter on each side that the other lacks.
            if (s < FuzzyCutoff && la == lc && onlyCandidate <= 1 && onlyAlias <= 1 && IsOneDotSlip(candidate, bucket.Texts[i])) s = DotTypoScore;
            if (s >= FuzzyCutoff && s > score)
            {
                score = s;
                hit = bucket.Hits[i];
            }
        }
        if (prepared) ratio.Release();
        return score > 0;
    }

    private static bool IsOneDotSlip(ReadOnlySpan<char> a, string b)
    {
        int diffs = 0;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) continue;
            if (++diffs > 1 || DotClass(a[i]) != DotClass(b[i])) return false;
        }
        return diffs == 1;
    }

    /// <summary>Letters that differ only by their dots share a class (ب ت ث ن ي ئ · ج ح خ · د ذ · ر ز · س ش · ص ض · ط ظ · ع غ · ف ق).</summary>
    internal static char DotClass(char c) => c switch
    {
        '\u0628' or '\u062A' or '\u062B' or '\u0646' or '\u064A' or '\u0626' => '\u0628',
        '\u062C' or '\u062D' or '\u062E' => '\u062D',
        '\u062F' or '\u0630' => '\u062F',
        '\u0631' or '\u0632' => '\u0631',
        '\u0633' or '\u0634' => '\u0633',
        '\u0635' or '\u0636' => '\u0635',
        '\u0637' or '\u0638' => '\u0637',
        '\u0639' or '\u063A' => '\u0639',
        '\u0641' or '\u0642' => '\u0641',
        _ => c,
    };

    private static char BucketKey(ReadOnlySpan<char> s)
    {
        int i = s.Length > 3 && s[0] == '\u0627' && s[1] == '\u0644' ? 2 : 0;
        return DotClass(s[i]);
    }

    /// <summary>
    /// Place names take no tanween: "دوماً" is the adverb "always", not Douma; "بالاً" is "mind", not Bala. The
    /// normaliser removes the mark, so the original text is checked.
    /// </summary>
    private static bool HasTanween(Document doc, Candidate c)
    {
        var span = doc.ToOriginal(new TextSpan(doc.Tokens[c.First].Start, doc.Tokens[c.End - 1].End));
        foreach (char ch in doc.Original.AsSpan(span.Start, span.Length))
        {
            if (ch is >= '\u064B' and <= '\u064D') return true;
        }
        return false;
    }

    /// <summary>Which candidates survive: all plain ones, and context ones licensed by a place word or a coordinated kept place.</summary>
    private bool[] ApplyContext(Document doc, List<Candidate> found)
    {
        var kept = new bool[found.Count];
        for (int i = 0; i < found.Count; i++) kept[i] = !found[i].Guarded || PlaceWordBefore(doc, found[i].First);
        // A kept mention licenses its coordinated neighbour, which licenses the next one: licences run along a list in
        // one direction at a time, so one pass rightwards and one leftwards keep every mention a chain reaches (linear time;
        // repeating passes until nothing changes would be quadratic on a long list of context names).
        for (int i = 1; i < found.Count; i++)
        {
            if (!kept[i] && kept[i - 1] && Coordinated(doc, found[i - 1], found[i]) && ShareRegion(found[i].Place, found[i - 1].Place)) kept[i] = true;
        }
        for (int i = found.Count - 2; i >= 0; i--)
        {
            if (!kept[i] && kept[i + 1] && Coordinated(doc, found[i], found[i + 1]) && ShareRegion(found[i].Place, found[i + 1].Place)) kept[i] = true;
        }
        return kept;
    }

    /// <summary>True when token <paramref name="token"/> is a place word ("محافظة", "ريف", "مدينة"), in any clitic form.</summary>
    internal bool IsPlaceWord(Document doc, int token) =>
        token >= 0 && token < doc.Tokens.Count && doc.Tokens[token].Kind == TokenKind.Word
        && _wordEndings.MayStart(doc.TokenSpan(token)) && AnyForm(doc.TokenSpan(token), _words, PlaceWordFlag);

    private bool PlaceWordBefore(Document doc, int first)
    {
        int p = first - 1;
        if (p >= 0 && doc.IsPunct(p, '"')) p--;
        return IsPlaceWord(doc, p);
    }

    /// <summary>True when <paramref name="b"/> follows <paramref name="a"/> as the next item of a list: "أ وب", "أ، ب", "أ و ب", "أ/ب".</summary>
    private static bool Coordinated(Document doc, Candidate a, Candidate b)
    {
        int gap = b.First - a.End;
        if (gap < 0 || gap > 2) return false;
        bool link = b.Clitic > 0 && doc.Text[doc.Tokens[b.First].Start] == '\u0648';
        for (int t = a.End; t < b.First; t++)
        {
            var tok = doc.Tokens[t];
            if (tok.Kind == TokenKind.Punct)
            {
                char c = doc.Text[tok.Start];
                if (c is ',' or '/' or '-') link = true;
                else if (c is not ('(' or ')' or '"')) return false;
            }
            else if (tok.Kind == TokenKind.Word && doc.TokenSpan(t) is "\u0648") link = true;
            else return false;
        }
        return link;
    }

    /// <summary>True when the two places lie in one region below country level (or one contains the other).</summary>
    private bool ShareRegion(Place guarded, Place other)
    {
        if (IsWithin(other.Name, guarded.Name)) return true;
        foreach (var a in Ancestors(guarded.Name))
        {
            if (_byName.TryGetValue(a, out var ap) && ap.Type == "country") continue;
            if (IsWithin(other.Name, a)) return true;
        }
        return false;
    }
}
