using System.Globalization;
using System.Text.Json;

namespace ClaimCheck.Output;

/// <summary>
/// The strings the output contract uses for enum values and dates. Enum members are written camelCase
/// ("sohr", "killedOrWounded", "atLeast", "differentScope"); dates are <c>YYYY-MM-DD</c>.
/// The tables are built once from the enum members; tests pin every string so a renamed member cannot change the contract silently.
/// </summary>
internal static class ContractNames
{
    /// <summary>The contract name of <paramref name="value"/>.</summary>
    public static string Of<T>(T value) where T : struct, Enum => EnumNames<T>.Name(value);

    /// <summary>The contract name of <paramref name="value"/>, or null.</summary>
    public static string? Of<T>(T? value) where T : struct, Enum => value is { } v ? EnumNames<T>.Name(v) : null;

    /// <summary>Parses a contract name; false for unknown names.</summary>
    public static bool TryParse<T>(string? name, out T value) where T : struct, Enum => EnumNames<T>.TryParse(name, out value);

    /// <summary>The contract form of a date: <c>YYYY-MM-DD</c>.</summary>
    public static string? Of(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Parses a <c>YYYY-MM-DD</c> date exactly.</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static class EnumNames<T> where T : struct, Enum
    {
        private static readonly Dictionary<T, string> Names = Build();
        private static readonly Dictionary<string, T> Values = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        public static string Name(T value) =>
            Names.TryGetValue(value, out var name)
                ? name
                : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(T).Name} value.");

        public static bool TryParse(string? name, out T value)
        {
            if (name is not null && Values.TryGetValue(name, out value)) return true;
            value = default;
            return false;
        }

        private static Dictionary<T, string> Build()
        {
            var names = new Dictionary<T, string>();
            foreach (var value in Enum.GetValues<T>())
                names[value] = JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
            return names;
        }
    }
}
