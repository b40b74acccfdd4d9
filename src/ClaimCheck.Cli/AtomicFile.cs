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

    /// <summary>
    /// The temporary file name used for <paramref name="fullPath"/>: ".name.random.tmp" beside it, the name cut to its first
    /// 64 characters so that the temporary name stays within the file system's limit (255 bytes) whatever the target's length.
    /// </summary>
    public static string TempPathFor(string fullPath)
    {
        string name = Path.GetFileName(fullPath);
        if (name.Length > 64) name = name[..(char.IsHighSurrogate(name[63]) ? 63 : 64)];
        return Path.Combine(Path.GetDirectoryName(fullPath) ?? ".", $".{name}.{Guid.NewGuid().ToString("N")[..12]}.tmp");
    }

    /// <summary>
    /// Writes UTF-8 text (no byte-order mark) produced by <paramref name="write"/> to <paramref name="path"/>. An existing
    /// target keeps its permissions (the temporary file gets them before the move).
    /// </summary>
    /// <exception cref="IOException">The folder is missing or not writable, or the move failed.</exception>
    /// <exception cref="UnauthorizedAccessException">No permission.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before the move.</exception>
    public static void WriteText(string path, Action<TextWriter> write, CancellationToken cancellationToken = default)
    {
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new IOException("is a folder");
        string temp = TempPathFor(full);
        Pending[temp] = 0;
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 1 << 16))
            {
                if (!OperatingSystem.IsWindows() && File.Exists(full)) File.SetUnixFileMode(stream.SafeFileHandle, File.GetUnixFileMode(full));
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
        finally
        {
            Pending.TryRemove(temp, out _);
        }
    }

    /// <summary>Temporary files being written now.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> Pending = new(StringComparer.Ordinal);

    /// <summary>Deletes the temporary files being written, for a process that has to end before the writes finish.</summary>
    public static void DeletePending()
    {
        foreach (var temp in Pending.Keys) TryDelete(temp);
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
