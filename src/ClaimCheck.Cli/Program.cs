using System.Runtime.InteropServices;
using System.Text;
using ClaimCheck.Cli;

// The console entry point: UTF-8 streams (no BOM), Ctrl+C and SIGTERM cancel the run; the logic lives in CliApp.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16) { AutoFlush = false };
var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
using var stdin = Console.OpenStandardInput();
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
PosixSignalRegistration? sigterm = null;
try
{
    sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
    {
        context.Cancel = true;
        cancellation.Cancel();
    });
}
catch (PlatformNotSupportedException)
{
    // Without SIGTERM handling the process simply ends; --out files stay whole because they are renamed into place.
}

// Progress goes to stderr only when it is a terminal: pipes and files get exactly the lines they always got.
int code = CliApp.Run(args, stdin, stdout, stderr, cancellation.Token, terminal: Console.IsErrorRedirected ? null : stderr);
sigterm?.Dispose();
try
{
    stdout.Dispose();
}
catch (IOException)
{
    // stdout was closed by the reader (e.g. `| head`); CliApp already reported a failed write.
}
stderr.Dispose();
return code;
