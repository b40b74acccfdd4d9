using ClaimCheck.Attribution;
using ClaimCheck.Lexicons;
using ClaimCheck.Recognition;

namespace ClaimCheck.Claims;

/// <summary>The lexicons and recognisers extraction uses; immutable and shareable across threads.</summary>
/// <param name="Sources">Source registry.</param>
/// <param name="Cues">Cue lexicon.</param>
/// <param name="Quantities">Quantity recogniser.</param>
/// <param name="Dates">Date recogniser.</param>
/// <param name="Places">Gazetteer.</param>
/// <param name="Actors">Actor lexicon.</param>
public sealed record ExtractionResources(SourceRegistry Sources, CueLexicon Cues, QuantityRecognizer Quantities, DateRecognizer Dates, Gazetteer Places, ActorLexicon Actors)
{
    private readonly Languages.English.EnglishResources? _english;

    /// <summary>What English reports are read with; the built-in <see cref="Languages.English.EnglishResources.Default"/> unless set.</summary>
    public Languages.English.EnglishResources English { get => _english ?? Languages.English.EnglishResources.Default; init => _english = value; }

    /// <summary>The built-in resources.</summary>
    public static ExtractionResources Default => new(SourceRegistry.Default, CueLexicon.Default, QuantityRecognizer.Default, DateRecognizer.Default, Gazetteer.Default, ActorLexicon.Default);
}
