using System.Runtime.ExceptionServices;

namespace ClaimCheck.Cli;

/// <summary>
/// Calls that can block for ever — opening or reading a named pipe, a device, stdin — made cancellable: the call runs on a
/// pool thread and the caller waits for it or for cancellation, whichever comes first. A call left behind by cancellation
/// keeps its thread until the process ends, which it is about to.
/// </summary>
internal static class BlockingIo
{
    /// <summary>Runs <paramref name="call"/>; throws <see cref="OperationCanceledException"/> as soon as the token is cancelled.</summary>
    public static T Run<T>(Func<T> call, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!cancellationToken.CanBeCanceled) return call();
        var task = Task.Run(call, CancellationToken.None);
        try
        {
            task.Wait(cancellationToken);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }
        return task.Result;
    }
}

/// <summary>A read-only stream whose reads give up when the token is cancelled (see <see cref="BlockingIo"/>).</summary>
internal sealed class CancellableStream(Stream inner, CancellationToken cancellationToken) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <exception cref="InputReadException">Reading failed (an input problem, told apart from failures to write).</exception>
    public override int Read(byte[] buffer, int offset, int count)
    {
        try
        {
            return BlockingIo.Run(() => inner.Read(buffer, offset, count), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputReadException(ex);
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>Reading an input failed; the inner exception says why. Not an <see cref="IOException"/>, which means a failed write.</summary>
internal sealed class InputReadException(Exception inner) : Exception(inner.Message, inner);

/// <summary>Reads inputs whole, but never more than a limit.</summary>
internal static class BoundedRead
{
    /// <summary>
    /// Reads <paramref name="stream"/> to its end into a buffer whose first <paramref name="length"/> bytes are the content;
    /// returns null as soon as it holds more than <paramref name="limit"/> bytes (the rest is not read).
    /// </summary>
    /// <param name="stream">The stream.</param>
    /// <param name="limit">The most bytes accepted.</param>
    /// <param name="length">The number of bytes read.</param>
    /// <param name="expected">The expected size (a regular file's length), to read without growing the buffer.</param>
    public static byte[]? ReadAll(Stream stream, long limit, out int length, long expected = 0)
    {
        var buffer = new byte[(int)Math.Min(limit + 1, Math.Max(expected + 1, 1 << 16))];
        length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limit) return null;
                Array.Resize(ref buffer, (int)Math.Min(limit + 1, Math.Min((long)buffer.Length * 2, Array.MaxLength)));
            }
            int read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0) break;
            length += read;
        }
        return length > limit ? null : buffer;
    }

    /// <summary>
    /// Reads the file at <paramref name="path"/> (a regular file, or a named pipe or device named explicitly); null when it
    /// holds more than <paramref name="limit"/> bytes. Opening and reading a pipe or a device honour cancellation.
    /// </summary>
    public static byte[]? ReadFile(string path, FileKind kind, long limit, out int length, CancellationToken cancellationToken)
    {
        length = 0;
        if (kind == FileKind.Regular)
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            long size = file.Length;
            return size > limit ? null : ReadAll(file, limit, out length, size);
        }
        using var stream = BlockingIo.Run(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1), cancellationToken);
        return ReadAll(new CancellableStream(stream, cancellationToken), limit, out length);
    }
}
