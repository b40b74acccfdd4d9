using System.Runtime.InteropServices;

namespace ClaimCheck.Cli;

/// <summary>What a path names, after following symbolic links.</summary>
internal enum FileKind
{
    /// <summary>Nothing (or a dangling link).</summary>
    Missing,
    /// <summary>A regular file.</summary>
    Regular,
    /// <summary>A folder.</summary>
    Folder,
    /// <summary>A named pipe.</summary>
    Fifo,
    /// <summary>A character device such as /dev/null or /dev/zero.</summary>
    CharacterDevice,
    /// <summary>A block device.</summary>
    BlockDevice,
    /// <summary>A Unix socket.</summary>
    Socket,
}

/// <summary>
/// File types and real paths. .NET tells files from folders only, so on Unix this asks the runtime's own native shim
/// (<c>SystemNative_Stat</c>, whose status record starts with its flags and then the <c>st_mode</c> bits read here) and libc's
/// <c>realpath</c>. Elsewhere every existing non-folder counts as a regular file.
/// </summary>
internal static class FileKinds
{
    /// <summary>The kind of <paramref name="path"/>, following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        if (string.IsNullOrEmpty(path)) return FileKind.Missing;
        if (OperatingSystem.IsWindows()) return Directory.Exists(path) ? FileKind.Folder : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        var status = new byte[256];
        if (Native.Stat(path, status) != 0) return FileKind.Missing;
        int mode = BitConverter.ToInt32(status, 4) & 0xF000;
        return mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Folder,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Regular,
        };
    }

    /// <summary>"a named pipe (FIFO)", "a device", …: what a path that is not a regular file or folder is.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.CharacterDevice or FileKind.BlockDevice => "a device",
        FileKind.Socket => "a socket",
        FileKind.Folder => "a folder",
        FileKind.Missing => "missing",
        _ => "a regular file",
    };

    /// <summary>
    /// The absolute path with every symbolic link and "." / ".." resolved (two paths of one file give the same string), or
    /// the full path when it cannot be resolved (it does not exist yet).
    /// </summary>
    public static string RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        if (OperatingSystem.IsWindows()) return full;
        try
        {
            IntPtr resolved = Native.RealPath(full, IntPtr.Zero);
            if (resolved == IntPtr.Zero) return full;
            try
            {
                return Marshal.PtrToStringUTF8(resolved) ?? full;
            }
            finally
            {
                Native.Free(resolved);
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return full;
        }
    }

    private static class Native
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);

        [DllImport("libc", EntryPoint = "realpath")]
        public static extern IntPtr RealPath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

        [DllImport("libc", EntryPoint = "free")]
        public static extern void Free(IntPtr pointer);
    }
}
