using System.Security.Cryptography;
using System.Text;

namespace ClaimCheck.Events;

/// <summary>Content-derived ids: a prefix and the first 16 hex digits of the SHA-256 of the parts.</summary>
internal static class StableId
{
    /// <summary>"prefix" + 16 lower-case hex digits of SHA-256 over the parts, separated by U+001F.</summary>
    public static string Of(string prefix, IEnumerable<string?> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> buffer = stackalloc byte[512];
        bool first = true;
        foreach (var part in parts)
        {
            if (!first) hash.AppendData([0x1F]);
            first = false;
            var text = part ?? "\u0000";
            int max = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (max <= buffer.Length)
            {
                int n = Encoding.UTF8.GetBytes(text, buffer);
                hash.AppendData(buffer[..n]);
            }
            else hash.AppendData(Encoding.UTF8.GetBytes(text));
        }
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return prefix + Convert.ToHexString(digest[..8]).ToLowerInvariant();
    }
}
