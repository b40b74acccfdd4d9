using System.Globalization;

namespace ClaimCheck.Cli;

/// <summary>
/// Reads a JSONL input line by line for the commands that take one (report records, claim records): each line within
/// <see cref="InputLimits.MaxLineBytes"/>, valid UTF-8 and not blank is handed on with where it stands ("name line 12");
/// an over-long or undecodable line, and a failure to read the stream, are reported and skipped. Cancellable while waiting.
/// </summary>
internal static class JsonlLines
{
    /// <param name="records">What a line holds, for the over-long message: "reports", "records".</param>
    public static void Read(Stream stream, string name, InputLimits limits, InputProblems problems, string records,
        CancellationToken cancellationToken, Action<string, string> onLine)
    {
        long number = 0;
        try
        {
            foreach (var bytes in ByteLines.Read(new CancellableStream(stream, cancellationToken), limits.MaxLineBytes))
            {
                number++;
                if ((number & 63) == 0) cancellationToken.ThrowIfCancellationRequested();
                string where = $"{name} line {number.ToString(CultureInfo.InvariantCulture)}";
                if (bytes is null)
                {
                    problems.Report(where, $"line longer than {InputLimits.Size(limits.MaxLineBytes)}; skipped (raise --max-report-size for longer {records})");
                    continue;
                }
                if (!Utf8Text.TryDecode(bytes, out string line, out long offset))
                {
                    problems.Report(where, $"invalid UTF-8 at byte {offset.ToString(CultureInfo.InvariantCulture)} of the line");
                    continue;
                }
                if (!string.IsNullOrWhiteSpace(line)) onLine(line, where);
            }
        }
        catch (InputReadException ex)
        {
            problems.Report(name, InputProblems.Describe(ex));
        }
    }
}
