using System.Diagnostics;
using System.Globalization;

namespace ClaimCheck.Cli;

/// <summary>
/// A one-line progress display for long runs ("claimcheck: 1,200 reports, 21.3 MB, 4.2 MB/s"), redrawn in place at most a few
/// times a second. It writes only when stderr is a terminal (<see cref="Program"/> decides): never into a pipe or a file, so
/// scripts and logs see exactly what they did before. Thread-safe: extraction reports from several threads.
/// </summary>
internal sealed class Progress
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly TextWriter? _terminal;
    private readonly Func<TimeSpan> _clock;
    private readonly Lock _lock = new();
    private long _reports;
    private long _bytes;
    private TimeSpan _lastDrawn;
    private bool _drawn;

    /// <summary>A display on <paramref name="terminal"/>, or none when it is null; <paramref name="clock"/> is the time since the start.</summary>
    public Progress(TextWriter? terminal, Func<TimeSpan>? clock = null)
    {
        _terminal = terminal;
        if (clock is null)
        {
            var watch = Stopwatch.StartNew();
            clock = () => watch.Elapsed;
        }
        _clock = clock;
    }

    /// <summary>No display (output to a pipe or a file, or a library call).</summary>
    public static Progress None { get; } = new(null, () => TimeSpan.Zero);

    /// <summary>One more report is done; <paramref name="text"/> is its text (counted in UTF-8 bytes).</summary>
    public void ReportDone(string text)
    {
        if (_terminal is null) return;
        long bytes = System.Text.Encoding.UTF8.GetByteCount(text);
        lock (_lock)
        {
            _reports++;
            _bytes += bytes;
            var now = _clock();
            if (_drawn && now - _lastDrawn < Interval) return;
            Draw(now);
        }
    }

    /// <summary>Ends the display with the final counts on their own line (nothing when nothing was drawn).</summary>
    public void Finish()
    {
        if (_terminal is null) return;
        lock (_lock)
        {
            if (!_drawn) return;
            Draw(_clock());
            _terminal.WriteLine();
            _drawn = false;
        }
    }

    private void Draw(TimeSpan now)
    {
        double mb = _bytes / 1e6;
        double seconds = Math.Max(now.TotalSeconds, 1e-3);
        string line = string.Create(CultureInfo.InvariantCulture,
            $"claimcheck: {_reports:N0} report{(_reports == 1 ? "" : "s")}, {mb:0.0} MB, {mb / seconds:0.0} MB/s, {_reports / seconds:0} reports/s");
        // \r returns to the start of the line; the padding clears a longer previous line.
        _terminal!.Write("\r" + line.PadRight(72));
        _terminal.Flush();
        _lastDrawn = now;
        _drawn = true;
    }
}
