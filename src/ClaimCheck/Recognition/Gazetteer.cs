using ClaimCheck.Lexicons;
using ClaimCheck.Text;

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
/// <para>Loading and compiling the lexicon live in this file; finding mentions in <c>Gazetteer.Finder.cs</c>; resolving a
/// written name to its place and the containment hierarchy in <c>Gazetteer.Resolver.cs</c>.</para>
/// </summary>
public sealed partial class Gazetteer : IPlaceHierarchy
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
            // _firstOfLength[L]: the first alias at least L long (the entries are sorted by length), for L up to the longest + 1
            // (at most 256 entries: a user's very long alias is found by binary search instead of growing the table).
            int longest = Lengths.Length == 0 ? 0 : Lengths[^1];
            _firstOfLength = new int[Math.Min(longest, 255) + 2];
            for (int length = 0, i = 0; length < _firstOfLength.Length; length++)
            {
                while (i < Lengths.Length && Lengths[i] < length) i++;
                _firstOfLength[length] = i;
            }
        }

        private readonly int[] _firstOfLength;

        public string[] Texts { get; }
        public Hit[] Hits { get; }
        public int[] Lengths { get; }
        public ulong[] Letters { get; }

        /// <summary>The first alias at least <paramref name="length"/> long (the count when there is none).</summary>
        public int FirstOfLength(int length)
        {
            if (length <= 0) return 0;
            if (length < _firstOfLength.Length) return _firstOfLength[length];
            int lo = _firstOfLength[^1], hi = Lengths.Length;
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
        var (file, origin) = LexiconOrigin.LoadEmbedded(ResourceName, RecognitionJsonContext.Reading.GazetteerFile);
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
        var (file, origin) = LexiconOrigin.LoadFile(path, RecognitionJsonContext.Reading.GazetteerFile);
        var add = FromFile(file, origin);
        return new Gazetteer(new Parts(
            [.. _parts.Places, .. add.Places], [.. _parts.NotPlaces, .. add.NotPlaces],
            [.. _parts.PlaceWords, .. add.PlaceWords], [.. _parts.CommonWords, .. add.CommonWords]));
    }
}
