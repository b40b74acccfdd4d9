namespace ClaimCheck.Text;

/// <summary>How a cue verb is inflected when the lexicon loads it (<see cref="ArabicVerbForms"/>).</summary>
public enum Conjugation
{
    /// <summary>The cue matches as written (the default).</summary>
    None = 0,

    /// <summary>The cue is the past-tense stem of a verb (third person masculine singular: "قتل", "أصيب", "انسحب"); its
    /// past-tense persons and numbers match too ("قتلت", "قتلا", "قتلتا", "قتلوا", "قتلن").</summary>
    Perfect,

    /// <summary>As <see cref="Perfect"/>, and the present tense as well ("يقتل", "تقتل", "يقتلون", "يقتلان", "تقتلان", "يقتلوا", "يقتلن").</summary>
    Full,
}

/// <summary>
/// The unvocalised written forms of a sound Arabic verb, from its past-tense stem: the person and number endings of the past
/// tense and the prefixes and endings of the present. Written Arabic leaves out the short vowels that tell most verb patterns
/// apart, so one rule covers them: the present tense puts ي or ت before the stem, dropping the stem's leading alef of the
/// derived patterns (انسحب → ينسحب, استشهد → يستشهد, أبرم → يبرم). Verbs whose last or middle letter is weak (قال، قضى) change
/// shape when inflected: those are listed form by form in the lexicon, not conjugated.
/// </summary>
public static class ArabicVerbForms
{
    private static readonly string[] PerfectEndings = ["ت", "ا", "تا", "وا", "ن"];
    private static readonly (string Prefix, string Ending)[] ImperfectAffixes =
        [("ي", ""), ("ت", ""), ("ي", "ون"), ("ي", "ان"), ("ت", "ان"), ("ي", "وا"), ("ي", "ن")];

    /// <summary>
    /// Why <paramref name="stem"/> cannot be conjugated, or null when it can: one word of at least three Arabic letters
    /// whose last letter is a consonant (not ا، ى، ي، و، ة nor a hamza: ء، آ، أ، ؤ، إ، ئ) and with no diacritics.
    /// </summary>
    public static string? Refusal(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        if (stem.Length < 3) return "a verb stem has at least three letters";
        foreach (char c in stem)
            if (c is < '\u0621' or > '\u064A' || c == '\u0640') return "a verb stem is one word of Arabic letters without diacritics";
        if (stem[^1] is '\u0627' or '\u0649' or '\u064A' or '\u0648' or '\u0629' or (>= '\u0621' and <= '\u0626'))
            return "a verb ending in a weak letter or hamza changes shape when inflected: list its forms instead";
        return null;
    }

    /// <summary>The forms of <paramref name="stem"/> other than the stem itself, in a fixed order (past tense first).</summary>
    /// <exception cref="ArgumentException">The stem cannot be conjugated (<see cref="Refusal"/>).</exception>
    public static IEnumerable<string> Forms(string stem, Conjugation conjugation)
    {
        if (conjugation == Conjugation.None) return [];
        if (Refusal(stem) is { } why) throw new ArgumentException(why, nameof(stem));
        var forms = new List<string>(PerfectEndings.Length + ImperfectAffixes.Length);
        foreach (var ending in PerfectEndings) forms.Add(stem + ending);
        if (conjugation == Conjugation.Full)
        {
            string present = PresentStem(stem);
            foreach (var (prefix, ending) in ImperfectAffixes) forms.Add(prefix + present + ending);
        }
        return forms;
    }

    /// <summary>
    /// The stem the present tense is built on: the derived patterns that open with a bare alef (انفعل، افتعل، استفعل) and the
    /// four-letter causative that opens with hamza-alef (أفعل) drop it; every other pattern keeps its letters.
    /// </summary>
    private static string PresentStem(string stem) =>
        stem[0] == '\u0627' || (stem[0] == '\u0623' && stem.Length == 4) ? stem[1..] : stem;
}
