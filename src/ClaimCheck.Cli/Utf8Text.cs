using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ClaimCheck.Cli;

/// <summary>Strict UTF-8 decoding that reports where the first invalid byte is.</summary>
internal static class Utf8Text
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Decodes <paramref name="bytes"/> as strict UTF-8, dropping a leading byte-order mark. On invalid data returns false
    /// with <paramref name="invalidOffset"/> the 0-based offset (counted from the first byte, BOM included) of the first
    /// byte that is not part of a valid sequence.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out long invalidOffset)
    {
        int skip = bytes.StartsWith(Bom) ? Bom.Length : 0;
        var body = bytes[skip..];
        if (Utf8.IsValid(body))
        {
            // Decoded straight into a string of its exact length: no buffer the size of the report (a pooled one would be
            // rounded up to a power of two and kept by the pool for the rest of the run).
            text = Encoding.UTF8.GetString(body);
            invalidOffset = -1;
            return true;
        }
        // Invalid: decode a chunk at a time to find where (a chunk ends on a whole sequence, so the count is exact).
        Span<char> chunk = stackalloc char[1024];
        int consumed = 0;
        OperationStatus status;
        do
        {
            status = Utf8.ToUtf16(body[consumed..], chunk, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            consumed += read;
        }
        while (status == OperationStatus.DestinationTooSmall);
        text = "";
        invalidOffset = skip + consumed;
        return false;
    }
}
