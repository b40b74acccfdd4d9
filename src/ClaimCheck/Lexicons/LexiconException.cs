namespace ClaimCheck;

/// <summary>The error raised when a lexicon, registry or gazetteer file cannot be used; it names the file, line and field.</summary>
public sealed class LexiconException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LexiconException(string file, long? line, string? field, string message, Exception? inner = null)
        : base($"{file}{(line is null ? "" : $":{line}")}{(field is null ? "" : $" ({field})")}: {message}", inner)
    {
        File = file;
        Line = line;
        Field = field;
    }

    /// <summary>The file (or embedded resource) at fault.</summary>
    public string File { get; }

    /// <summary>1-based line, when known.</summary>
    public long? Line { get; }

    /// <summary>JSON path of the field at fault, when known.</summary>
    public string? Field { get; }
}
