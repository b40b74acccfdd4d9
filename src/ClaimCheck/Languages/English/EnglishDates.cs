using System.Globalization;
using ClaimCheck.Text;

namespace ClaimCheck.Languages.English;

/// <summary>
/// Dates in English text: "September 12", "12 September 2016", "July 5 2016", and weekdays ("on Tuesday"), which name the
/// latest such day on or before publication. A month and day without a year take the publication year, or the year before
/// when that would put them after publication. Without a publication date only dates with a year are read.
/// </summary>
internal static class EnglishDates
{
    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>True when <paramref name="word"/> (normalised, lower case) names a day of the week.</summary>
    public static bool IsWeekday(string word) => Array.IndexOf(Weekdays, word) >= 0;

    public static IReadOnlyList<(int Token, DateOnly Date)> Find(Document doc, EnglishQuantities numbers, DateOnly? published)
    {
        var result = new List<(int, DateOnly)>();
        int n = doc.Tokens.Count;
        for (int k = 0; k < n; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word) continue;
            string word = doc.TokenText(k);
            int weekday = Array.IndexOf(Weekdays, word);
            if (weekday >= 0)
            {
                if (published is { } p) result.Add((k, p.AddDays(-(((int)p.DayOfWeek - weekday + 7) % 7))));
                continue;
            }
            if (!numbers.IsMonth(doc, k) || word == "may" && !(k + 1 < n && doc.Tokens[k + 1].Kind == TokenKind.Number)) continue;
            int month = MonthOf(word);
            int day = -1, year = -1;
            if (Digits(doc, k + 1) is { } after and >= 1 and <= 31) day = after;
            else if (Digits(doc, k - 1) is { } before and >= 1 and <= 31) day = before;
            if (Digits(doc, day >= 0 && Digits(doc, k + 1) == day ? k + 2 : k + 1) is { } y and >= 1900 and <= 2100) year = y;
            if (day < 0) continue;
            if (year < 0)
            {
                if (published is not { } p) continue;
                year = p.Year;
                if (new DateOnly(year, month, 1) > p) year--;
            }
            if (day <= DateTime.DaysInMonth(year, month)) result.Add((k, new DateOnly(year, month, day)));
        }
        return result;
    }

    private static int? Digits(Document doc, int k) =>
        k >= 0 && k < doc.Tokens.Count && doc.Tokens[k].Kind == TokenKind.Number && int.TryParse(doc.TokenSpan(k), NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : null;

    private static int MonthOf(string word) => word[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };
}
