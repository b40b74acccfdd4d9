namespace ClaimCheck.Events;

/// <summary>
/// A way to compare documents given as bags of normalised terms (see <see cref="Terms"/>). Fitting is separate from scoring,
/// so one instance can be fitted on many corpora, and a fitted model is immutable and safe to share between threads.
/// </summary>
public interface ITextSimilarity
{
    /// <summary>Fits a model on <paramref name="documents"/>; the model scores them by their index in this list.</summary>
    ITextSimilarityModel Fit(IReadOnlyList<IReadOnlyList<string>> documents);
}

/// <summary>A similarity model fitted on a fixed list of documents.</summary>
public interface ITextSimilarityModel
{
    /// <summary>Number of documents the model was fitted on.</summary>
    int Count { get; }

    /// <summary>Similarity of documents <paramref name="first"/> and <paramref name="second"/>, from 0 (nothing shared) to 1 (same terms).</summary>
    double Score(int first, int second);
}
