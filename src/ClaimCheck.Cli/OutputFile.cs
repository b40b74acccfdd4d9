using System.Text;

namespace ClaimCheck.Cli;

/// <summary>
/// Where <c>--out</c> writes, decided before anything is read: through a symbolic link to its target; atomically over a
/// regular file (keeping its permissions) or a new path; as a plain stream to a device, named pipe or socket (such as
/// /dev/null or /dev/stdout). A folder, or a file that is one of the run's inputs, is refused.
/// </summary>
internal static class OutputFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The problem with <c>--out</c> <paramref name="path"/> (a usage error), or null when it can be written.</summary>
    /// <param name="path">The --out value.</param>
    /// <param name="inputs">The real paths of every file the run reads (<see cref="FileKinds.RealPath"/>).</param>
    public static string? Check(string path, IReadOnlySet<string> inputs)
    {
        string target = Target(path);
        var kind = FileKinds.Of(target);
        if (kind == FileKind.Regular && inputs.Contains(FileKinds.RealPath(target)))
            return $"--out {path} is one of the inputs; refusing to overwrite it";
        return null;
    }

    /// <summary>Writes the text produced by <paramref name="write"/> to <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The folder is missing or not writable, the path is a folder, or the write failed.</exception>
    /// <exception cref="UnauthorizedAccessException">No permission.</exception>
    /// <exception cref="OperationCanceledException">Cancelled (an atomic target is left untouched).</exception>
    public static void Write(string path, Action<TextWriter> write, CancellationToken cancellationToken)
    {
        string target = Target(path);
        switch (FileKinds.Of(target))
        {
            case FileKind.Folder:
                throw new IOException("is a folder");
            case FileKind.Regular or FileKind.Missing:
                AtomicFile.WriteText(target, write, cancellationToken);
                return;
            default:
                // A device, pipe or socket cannot be replaced by renaming, and must not be: write into it as a shell would.
                using (var stream = BlockingIo.Run(() => new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1), cancellationToken))
                using (var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 1 << 16))
                {
                    write(writer);
                    writer.Flush();
                }
                return;
        }
    }

    /// <summary>The path a write to <paramref name="path"/> lands on: the final target of a symbolic link, else the path.</summary>
    private static string Target(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            // A link loop or an unreadable link: writing will say what is wrong.
            return path;
        }
    }
}

/// <summary>
/// Standard error for messages: every message is one line, whatever a file name, id or outlet in it holds (control and
/// direction characters, line breaks) — they are shown as &lt;U+XXXX&gt; — and a closed or failing standard error never stops the run.
/// </summary>
internal sealed class MessageWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Try(() => inner.Write(Output.DisplayText.Show(value.ToString())));

    public override void Write(string? value) => Try(() => inner.Write(Output.DisplayText.Show(value)));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => Try(() => inner.WriteLine(Output.DisplayText.Show(value)));

    public override void WriteLine() => Try(inner.WriteLine);

    public override void Flush() => Try(inner.Flush);

    private static void Try(Action write)
    {
        try
        {
            write();
        }
        catch (IOException)
        {
            // Standard error is closed or broken: the exit code still tells the outcome.
        }
        catch (ObjectDisposedException)
        {
            // As above.
        }
    }
}
