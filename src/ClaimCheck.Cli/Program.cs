using System.Runtime.InteropServices;
using System.Text;
using ClaimCheck.Cli;
using Microsoft.Win32.SafeHandles;

// The console entry point: UTF-8 streams (no BOM); SIGINT (Ctrl+C) and SIGTERM cancel the run; the logic lives in CliApp.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var stdout = new StreamWriter(OpenStandardOutput(), utf8, bufferSize: 1 << 16) { AutoFlush = false };
var stderr = new MessageWriter(new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true });
using var stdin = Console.OpenStandardInput();
using var cancellation = new CancellationTokenSource();
int signalled = 0, finished = 0;

// A signal cancels the run, which stops between reports and while waiting on stdin, a pipe or a device, and exits with
// 128 + the signal's number. Work that cannot see the token (one long report's extraction, alignment) gets a short grace
// period; then the process ends anyway, deleting its temporary files (an existing --out file is left untouched). A second
// signal ends it at once.
void OnSignal(PosixSignalContext context)
{
    context.Cancel = true;
    int code = context.Signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Cancelled;
    if (Interlocked.CompareExchange(ref signalled, code, 0) != 0)
    {
        Exit(code);
        return;
    }
    cancellation.Cancel();
    _ = Task.Delay(TimeSpan.FromSeconds(2)).ContinueWith(_ =>
    {
        if (Volatile.Read(ref finished) == 0) Exit(code);
    }, TaskScheduler.Default);
}

void Exit(int code)
{
    AtomicFile.DeletePending();
    stderr.WriteLine("claimcheck: interrupted; no --out file written, and any output on stdout is incomplete");
    Environment.Exit(code);
}

var registrations = new List<PosixSignalRegistration>();
foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
{
    try
    {
        registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
    }
    catch (PlatformNotSupportedException)
    {
        // Without signal handling the process simply ends; --out files stay whole because they are renamed into place.
    }
}

// Progress goes to stderr only when it is a terminal: pipes and files get exactly the lines they always got.
// It writes its own carriage returns, so it gets the raw stream rather than the message writer (which shows control characters).
using var terminal = Console.IsErrorRedirected ? null : new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
int result = CliApp.Run(args, stdin, stdout, stderr, cancellation.Token, terminal: terminal);
Volatile.Write(ref finished, 1);
if (result == ExitCodes.Cancelled && signalled == ExitCodes.Terminated) result = ExitCodes.Terminated;
foreach (var registration in registrations) registration.Dispose();
try
{
    stdout.Dispose();
}
catch (IOException)
{
    // stdout was closed by the reader (e.g. `| head`); CliApp already reported a failed write.
}
stderr.Dispose();
return result;

// Standard output. A pipe is written through its file descriptor so that a reader that went away (`| head -1`) is an error
// (EPIPE) that stops the run; the console stream .NET offers drops such writes silently. Files and terminals keep the
// console stream, which writes at the descriptor's own offset (shared with the shell: `(claimcheck …; echo) > file`).
static Stream OpenStandardOutput()
{
    if (!OperatingSystem.IsWindows() && FileKinds.Of("/dev/stdout") is FileKind.Fifo or FileKind.Socket)
    {
        try
        {
            return new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // Fall back to the console stream.
        }
    }
    return Console.OpenStandardOutput();
}
