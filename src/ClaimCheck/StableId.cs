using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace ClaimCheck;

/// <summary>
/// Content-derived ids: a prefix and the first hex digits of the SHA-256 of the parts. The one id hash of ClaimCheck: claims
/// ("c-", 12 digits), events ("e-") and contradictions ("x-", 16 digits). In the root namespace, beside the model, so every
/// stage can use it without depending on another.
/// </summary>
internal static class StableId
{
    /// <summary>"prefix" + 16 lower-case hex digits of SHA-256 over the parts (UTF-8), separated by U+001F; a null part hashes as U+0000.</summary>
    public static string Of(string prefix, IEnumerable<string?> parts) => Of(prefix, parts, 8);

    /// <summary>"prefix" + 2 × <paramref name="bytes"/> lower-case hex digits (1–32 bytes) of SHA-256 over the parts, as in <see cref="Of(string, IEnumerable{string?})"/>.</summary>
    public static string Of(string prefix, IEnumerable<string?> parts, int bytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bytes, 32);
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
            return prefix + Convert.ToHexString(digest[..bytes]).ToLowerInvariant();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
