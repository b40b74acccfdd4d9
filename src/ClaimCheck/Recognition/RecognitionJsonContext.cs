using System.Text.Json.Serialization;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Recognition;

/// <summary>Source-generated JSON metadata for the lexicon file shapes of the recognisers (dates, numbers, places, actors).</summary>
[JsonSerializable(typeof(DateLexicon))]
[JsonSerializable(typeof(NumberLexicon))]
[JsonSerializable(typeof(GazetteerFile))]
[JsonSerializable(typeof(ActorFile))]
internal sealed partial class RecognitionJsonContext : JsonSerializerContext
{
    /// <summary>The context with the lexicon reading settings and the enums of this folder's file shapes.</summary>
    public static RecognitionJsonContext Reading { get; } = new(LexiconLoader.ReadingOptions(
        LexiconLoader.EnumAsString<QuantityQualifier>(),
        LexiconLoader.EnumAsString<HedgePosition>(),
        LexiconLoader.EnumAsString<MonthCalendar>(),
        LexiconLoader.EnumAsString<DateDirection>(),
        LexiconLoader.EnumAsString<DayOfWeek>()));
}
