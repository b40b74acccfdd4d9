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
        int n = documents.Count;
        // Term ids by first occurrence, in document order: deterministic for a given list.
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var docTerms = new int[n][];
        for (int d = 0; d < n; d++)
        {
            var bag = documents[d] ?? [];
            var ids = new int[bag.Count];
            int k = 0;
            foreach (var term in bag)
            {
                if (string.IsNullOrEmpty(term)) continue;
                if (!vocabulary.TryGetValue(term, out int id))
                {
                    id = vocabulary.Count;
                    vocabulary.Add(term, id);
                }
                ids[k++] = id;
            }
            Array.Resize(ref ids, k);
            Array.Sort(ids);
            docTerms[d] = ids;
        }
        var df = new int[vocabulary.Count];
        foreach (var ids in docTerms)
        {
            for (int k = 0; k < ids.Length; k++)
            {
                if (k == 0 || ids[k] != ids[k - 1]) df[ids[k]]++;
            }
        }
        var idf = new double[df.Length];
        for (int t = 0; t < idf.Length; t++) idf[t] = Math.Log((1.0 + n) / (1.0 + df[t])) + 1.0;
        var terms = new int[n][];
        var weights = new float[n][];
        Parallel.For(0, n, d =>
        {
            var ids = docTerms[d];
            int distinct = 0;
            for (int k = 0; k < ids.Length; k++) if (k == 0 || ids[k] != ids[k - 1]) distinct++;
            var t = new int[distinct];
            var w = new float[distinct];
            double norm = 0;
            for (int k = 0, j = -1; k < ids.Length; k++)
            {
                if (k == 0 || ids[k] != ids[k - 1]) { j++; t[j] = ids[k]; w[j] = 0; }
                w[j] += 1; // raw count, weighted below
            }
            for (int j = 0; j < distinct; j++)
            {
                double x = (1.0 + Math.Log(w[j])) * idf[t[j]];
                w[j] = (float)x;
                norm += x * x;
            }
            if (norm > 0)
            {
                float inv = (float)(1.0 / Math.Sqrt(norm));
                for (int j = 0; j < distinct; j++) w[j] *= inv;
            }
            terms[d] = t;
            weights[d] = w;
        });
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
