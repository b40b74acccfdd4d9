using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace ClaimCheck.Events;

/// <summary>Content-derived ids: a prefix and the first 16 hex digits of the SHA-256 of the parts.</summary>
internal static class StableId
{
    /// <summary>"prefix" + 16 lower-case hex digits of SHA-256 over the parts (UTF-8), separated by U+001F; a null part hashes as U+0000.</summary>
    public static string Of(string prefix, IEnumerable<string?> parts)
    {
        var list = parts as IReadOnlyList<string?> ?? parts.ToArray();
        int size = 0;
        foreach (var part in list) size += Encoding.UTF8.GetMaxByteCount((part ?? "\u0000").Length) + 1;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(size, 1));
        try
        {
            int at = 0;
            for (int k = 0; k < list.Count; k++)
            {
                if (k > 0) buffer[at++] = 0x1F;
                at += Encoding.UTF8.GetBytes(list[k] ?? "\u0000", 0, (list[k] ?? "\u0000").Length, buffer, at);
            }
            Span<byte> digest = stackalloc byte[32];
            SHA256.HashData(buffer.AsSpan(0, at), digest);
            return prefix + Convert.ToHexString(digest[..8]).ToLowerInvariant();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
