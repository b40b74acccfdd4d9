using System.Buffers;
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
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, body.Length));
        try
        {
            var status = Utf8.ToUtf16(body, buffer, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == OperationStatus.Done)
            {
                text = new string(buffer, 0, written);
                invalidOffset = -1;
                return true;
            }
            text = "";
            invalidOffset = skip + read;
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
