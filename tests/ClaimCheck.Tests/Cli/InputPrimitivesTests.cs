using System.Text;
using ClaimCheck.Cli;

namespace ClaimCheck.Tests.Cli;

public class InputPrimitivesTests
{
    [Theory]
    [InlineData(new byte[] { 0x41, 0x80 }, 1)]                          // lone continuation byte
    [InlineData(new byte[] { 0xD8, 0xB3, 0xD8 }, 2)]                    // truncated at the end
    [InlineData(new byte[] { 0x41, 0xC0, 0xAF }, 1)]                    // overlong "/"
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 0)]                    // an encoded surrogate
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0xFF }, 4)]        // offsets count the BOM
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, 0)]              // beyond U+10FFFF
    public void Invalid_utf8_reports_the_first_bad_byte(byte[] bytes, long offset)
    {
        Assert.False(Utf8Text.TryDecode(bytes, out _, out long actual));
        Assert.Equal(offset, actual);
    }

    [Fact]
    public void An_invalid_byte_far_into_the_text_is_found_at_its_offset()
    {
        // Past the first chunks of the search (and with a four-byte sequence straddling a chunk's end).
        byte[] text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("ب😀", 1500)));
        Assert.False(Utf8Text.TryDecode([.. text, 0xC3], out _, out long offset));
        Assert.Equal(text.Length, offset);
        Assert.True(Utf8Text.TryDecode(text, out string decoded, out _));
        Assert.Equal(string.Concat(Enumerable.Repeat("ب😀", 1500)), decoded);
    }

    [Fact]
    public void Valid_utf8_decodes_and_drops_the_bom()
    {
        string text = "قال: «نحو ٢٠ عنصراً» 😀";
        Assert.True(Utf8Text.TryDecode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)], out string decoded, out long offset));
        Assert.Equal(text, decoded);
        Assert.Equal(-1, offset);
        Assert.True(Utf8Text.TryDecode([], out string empty, out _));
        Assert.Equal("", empty);
    }

    [Fact]
    public void Byte_lines_split_on_lf_and_drop_cr()
    {
        var lines = ByteLines.Read(new MemoryStream("a\r\n\nb\nc"u8.ToArray())).Select(l => Encoding.UTF8.GetString(l!)).ToArray();
        Assert.Equal(["a", "", "b", "c"], lines);
        Assert.Empty(ByteLines.Read(new MemoryStream()));
    }

    [Fact]
    public void Byte_lines_cross_buffer_boundaries()
    {
        string longLine = new('ب', 70_000);
        var bytes = Encoding.UTF8.GetBytes(longLine + "\n" + longLine);
        var lines = ByteLines.Read(new MemoryStream(bytes)).Select(l => Encoding.UTF8.GetString(l!)).ToArray();
        Assert.Equal([longLine, longLine], lines);
    }

    [Fact]
    public void Io_failures_are_described_without_stack_traces()
    {
        Assert.Equal("no such file", InputProblems.Describe(new FileNotFoundException("x")));
        Assert.Equal("no such file or folder", InputProblems.Describe(new DirectoryNotFoundException("x")));
        Assert.Equal("permission denied", InputProblems.Describe(new UnauthorizedAccessException("x")));
        Assert.Equal("cannot read: device busy", InputProblems.Describe(new IOException("device busy")));
    }

    [Fact]
    public void Atomic_write_never_shows_a_partial_target()
    {
        var folder = Path.Combine(Path.GetTempPath(), "claimcheck-atomic-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string target = Path.Combine(folder, "out.json");
            AtomicFile.WriteText(target, writer =>
            {
                writer.Write("{\"half\":");
                writer.Flush();
                // While the content is being written the target does not exist; a hidden temp file beside it does.
                Assert.False(File.Exists(target));
                var temp = Assert.Single(Directory.GetFiles(folder));
                Assert.StartsWith(".out.json.", Path.GetFileName(temp), StringComparison.Ordinal);
                Assert.EndsWith(".tmp", temp);
                writer.Write("true}");
            });
            Assert.Equal("{\"half\":true}", File.ReadAllText(target));
            Assert.Equal([target], Directory.GetFiles(folder));

            // A failing writer leaves the previous file untouched and no temp file behind.
            Assert.Throws<InvalidOperationException>(() => AtomicFile.WriteText(target, writer =>
            {
                writer.Write("partial");
                throw new InvalidOperationException("boom");
            }));
            Assert.Equal("{\"half\":true}", File.ReadAllText(target));
            Assert.Equal([target], Directory.GetFiles(folder));

            // So does cancellation before the rename.
            Assert.ThrowsAny<OperationCanceledException>(() => AtomicFile.WriteText(target, writer => writer.Write("new"), new CancellationToken(canceled: true)));
            Assert.Equal("{\"half\":true}", File.ReadAllText(target));
            Assert.Equal([target], Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
