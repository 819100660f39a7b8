using Verification.Documents.Markdown;

namespace Verification.Documents.Tests.Markdown;

public sealed class MarkdownWriterTests
{
    [Fact]
    public void BlocksAreSeparatedByOneBlankLineAndDisplayMathSitsOnItsOwnLines()
    {
        var text = new MarkdownWriter().Heading(2, "Title", "anchor").Paragraph("Text.").Display("x = 1").ToString();

        Assert.Equal("<a id=\"anchor\"></a>\n\n## Title\n\nText.\n\n$$\nx = 1\n$$\n", text);
    }

    [Fact]
    public void TableCellsEscapePipesAndAlignColumns()
    {
        var text = new MarkdownWriter().Table(["a", "|b|"], "lr", [["x|y", "1"]]).ToString();

        Assert.Equal("| a | \\|b\\| |\n| --- | ---: |\n| x\\|y | 1 |\n", text);
    }
}
