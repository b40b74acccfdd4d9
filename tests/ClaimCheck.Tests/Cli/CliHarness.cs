using System.Text;
using ClaimCheck.Cli;

namespace ClaimCheck.Tests.Cli;

/// <summary>The outcome of one CLI run.</summary>
internal sealed record CliResult(int Code, string Stdout, string Stderr)
{
    public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Runs the CLI in-process with captured streams.</summary>
internal static class CliHarness
{
    public static CliResult Run(params string[] args) => RunWithStdin(Array.Empty<byte>(), args);

    public static CliResult RunWithStdin(string stdin, params string[] args) => RunWithStdin(Encoding.UTF8.GetBytes(stdin), args);

    public static CliResult RunWithStdin(byte[] stdin, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int code = CliApp.Run(args, new MemoryStream(stdin), stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The seeds folder copied next to the tests.</summary>
    public static string Seeds => Path.Combine(AppContext.BaseDirectory, "seeds");
}

/// <summary>A temporary folder deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimcheck-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string text) => Bytes(name, new UTF8Encoding(false).GetBytes(text));

    public string Bytes(string name, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Folder(string name)
    {
        string path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(path);
        return path;
    }

    public string[] Entries() => Directory.GetFileSystemEntries(Path).Select(System.IO.Path.GetFileName).ToArray()!;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
