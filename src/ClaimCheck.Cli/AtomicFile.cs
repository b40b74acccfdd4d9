using System.Text;

namespace ClaimCheck.Cli;

/// <summary>
/// Writes a file atomically: the content goes to a hidden temporary file in the same folder, which is flushed to disk and
/// then moved over the target in one step. Readers see the old file or the complete new one, never half of it; on any
/// failure or cancellation the temporary file is deleted and the target is untouched.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The temporary file name used for <paramref name="fullPath"/>: ".name.random.tmp" beside it.</summary>
    public static string TempPathFor(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath) ?? ".", $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");

    /// <summary>Writes UTF-8 text (no byte-order mark) produced by <paramref name="write"/> to <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The folder is missing or not writable, or the move failed.</exception>
    /// <exception cref="UnauthorizedAccessException">No permission.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before the move.</exception>
    public static void WriteText(string path, Action<TextWriter> write, CancellationToken cancellationToken = default)
    {
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new IOException("is a folder");
        string temp = TempPathFor(full);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 1 << 16))
            {
                write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }
            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the temporary file is hidden and named as such.
        }
        catch (UnauthorizedAccessException)
        {
            // Best effort, as above.
        }
    }
}
