namespace ClaimCheck;

/// <summary>Analysis JSON or JSONL that cannot be read: bad syntax, a missing required field or an unknown enum value.</summary>
public sealed class AnalysisFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the record ("claims[3]", "line 5") and the field.</param>
    /// <param name="lineNumber">The 1-based JSONL line, or the JSON line when known; null otherwise.</param>
    /// <param name="innerException">The parser's exception, if any.</param>
    public AnalysisFormatException(string message, long? lineNumber = null, Exception? innerException = null)
        : base(message, innerException) => LineNumber = lineNumber;

    /// <summary>The 1-based line the problem is on, when known.</summary>
    public long? LineNumber { get; }
}
