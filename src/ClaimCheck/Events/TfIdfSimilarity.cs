namespace ClaimCheck.Events;

/// <summary>
/// TF-IDF cosine similarity over bags of terms: sublinear term frequency (1 + ln tf), smoothed inverse document frequency
/// (ln((1 + N) / (1 + df)) + 1), vectors normalised to unit length. Scores lie in [0, 1]; an empty document scores 0 against anything.
/// </summary>
public sealed class TfIdfSimilarity : ITextSimilarity
{
    /// <inheritdoc/>
    public ITextSimilarityModel Fit(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var df = new List<int>();
        var counts = new Dictionary<int, int>[documents.Count];
        for (int d = 0; d < documents.Count; d++)
        {
            var bag = documents[d] ?? [];
            var tf = new Dictionary<int, int>();
            foreach (var term in bag)
            {
                if (string.IsNullOrEmpty(term)) continue;
                if (!vocabulary.TryGetValue(term, out int id))
                {
                    id = vocabulary.Count;
                    vocabulary.Add(term, id);
                    df.Add(0);
                }
                if (tf.TryGetValue(id, out int c)) tf[id] = c + 1;
                else { tf[id] = 1; df[id]++; }
            }
            counts[d] = tf;
        }
        int n = documents.Count;
        var idf = new double[df.Count];
        for (int t = 0; t < idf.Length; t++) idf[t] = Math.Log((1.0 + n) / (1.0 + df[t])) + 1.0;
        var terms = new int[n][];
        var weights = new float[n][];
        for (int d = 0; d < n; d++)
        {
            var ids = counts[d].Keys.ToArray();
            Array.Sort(ids);
            var w = new float[ids.Length];
            double norm = 0;
            for (int k = 0; k < ids.Length; k++)
            {
                double x = (1.0 + Math.Log(counts[d][ids[k]])) * idf[ids[k]];
                w[k] = (float)x;
                norm += x * x;
            }
            if (norm > 0)
            {
                float inv = (float)(1.0 / Math.Sqrt(norm));
                for (int k = 0; k < w.Length; k++) w[k] *= inv;
            }
            terms[d] = ids;
            weights[d] = w;
        }
        return new Model(terms, weights);
    }

    private sealed class Model(int[][] terms, float[][] weights) : ITextSimilarityModel
    {
        public int Count => terms.Length;

        public double Score(int first, int second)
        {
            if ((uint)first >= (uint)terms.Length) throw new ArgumentOutOfRangeException(nameof(first));
            if ((uint)second >= (uint)terms.Length) throw new ArgumentOutOfRangeException(nameof(second));
            var ta = terms[first]; var tb = terms[second];
            if (ta.Length == 0 || tb.Length == 0) return 0;
            if (first == second) return 1;
            var wa = weights[first]; var wb = weights[second];
            double dot = 0;
            int i = 0, j = 0;
            while (i < ta.Length && j < tb.Length)
            {
                if (ta[i] == tb[j]) { dot += wa[i] * wb[j]; i++; j++; }
                else if (ta[i] < tb[j]) i++;
                else j++;
            }
            return Math.Clamp(dot, 0, 1);
        }
    }
}
