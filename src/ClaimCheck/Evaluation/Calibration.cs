namespace ClaimCheck.Evaluation;

/// <summary>One bin of a reliability table: the scored claims whose confidence falls in [<paramref name="From"/>, <paramref name="To"/>).</summary>
/// <param name="From">Lower edge, inclusive.</param>
/// <param name="To">Upper edge, exclusive (the last bin includes 1).</param>
/// <param name="Claims">How many claims fall in it.</param>
/// <param name="Matched">Of those, how many match a gold claim.</param>
/// <param name="MeanConfidence">Their mean confidence (0 when the bin is empty).</param>
public sealed record CalibrationBin(double From, double To, int Claims, int Matched, double MeanConfidence)
{
    /// <summary>Matched / claims: how often claims of this confidence are right (0 when the bin is empty).</summary>
    public double Precision => Matched / (double)Math.Max(1, Claims);
}

/// <summary>
/// How well the claims' confidence matches how often they are right: a 10-bin reliability table over the scored claims of
/// the gold's reports, and the expected calibration error (the bins' |precision − mean confidence| weighted by their size).
/// </summary>
/// <param name="Claims">Scored claims of the gold's reports.</param>
/// <param name="ExpectedCalibrationError">Σ (bin claims / claims) · |bin precision − bin mean confidence|.</param>
/// <param name="Bins">Ten bins of width 0.1, lowest first.</param>
public sealed record Calibration(int Claims, double ExpectedCalibrationError, IReadOnlyList<CalibrationBin> Bins)
{
    /// <summary>The table for (confidence, matched) pairs; null when there are none.</summary>
    public static Calibration? Of(IEnumerable<(double Confidence, bool Matched)> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var counts = new int[10];
        var matched = new int[10];
        var sums = new double[10];
        int total = 0;
        foreach (var (confidence, ok) in scored)
        {
            int bin = Math.Clamp((int)Math.Floor(confidence * 10), 0, 9);
            counts[bin]++;
            sums[bin] += confidence;
            if (ok) matched[bin]++;
            total++;
        }
        if (total == 0) return null;
        var bins = Enumerable.Range(0, 10)
            .Select(b => new CalibrationBin(b / 10.0, (b + 1) / 10.0, counts[b], matched[b], counts[b] == 0 ? 0 : sums[b] / counts[b]))
            .ToArray();
        double ece = bins.Sum(b => b.Claims / (double)total * Math.Abs(b.Precision - b.MeanConfidence));
        return new Calibration(total, ece, bins);
    }
}
