using System.Text;

namespace Verification.Documents.Markdown;

/// <summary>
/// Builds a GitHub Markdown document block by block, separating blocks by one blank line. Math is
/// written the way GitHub renders it: <c>$…$</c> inline, and <c>$$</c> on lines of their own around
/// display math (one formula per block: no <c>\\</c> line breaks, which Markdown would eat).
/// </summary>
public sealed class MarkdownWriter
{
    private readonly StringBuilder _text = new();

    public MarkdownWriter Heading(int level, string text, string? anchor = null)
    {
        Block(anchor is null ? $"{new string('#', level)} {text}" : $"<a id=\"{anchor}\"></a>\n\n{new string('#', level)} {text}");
        return this;
    }

    public MarkdownWriter Paragraph(string text)
    {
        Block(text);
        return this;
    }

    /// <summary>A display formula; <paramref name="latex"/> comes from <c>LatexPrinter</c>, never typed by hand.</summary>
    public MarkdownWriter Display(string latex)
    {
        Block($"$$\n{latex}\n$$");
        return this;
    }

    public MarkdownWriter Bullets(IEnumerable<string> items)
    {
        var lines = items.Select(static item => $"- {item}").ToList();
        if (lines.Count > 0)
        {
            Block(string.Join('\n', lines));
        }

        return this;
    }

    /// <summary>A table; <paramref name="alignments"/> per column: <c>l</c>, <c>r</c> or <c>c</c>.</summary>
    public MarkdownWriter Table(IReadOnlyList<string> headers, string alignments, IEnumerable<IReadOnlyList<string>> rows)
    {
        Block(string.Join('\n', TableLines(headers, alignments, rows)));
        return this;
    }

    /// <summary>
    /// The lines of a table, without line ends: for writers that stream to a <see cref="TextWriter"/>
    /// (the CLI's Markdown report) and so keep one way of building tables and escaping cells.
    /// </summary>
    public static IEnumerable<string> TableLines(IReadOnlyList<string> headers, string alignments, IEnumerable<IReadOnlyList<string>> rows)
    {
        yield return Row(headers.Select(Cell));
        yield return Row(alignments.Select(static a => a switch { 'r' => "---:", 'c' => ":---:", _ => "---" }));
        foreach (var row in rows)
        {
            yield return Row(row.Select(Cell));
        }
    }

    public MarkdownWriter Image(string alt, string path)
    {
        Block($"![{alt}]({path})");
        return this;
    }

    /// <summary>The document, ending with one newline.</summary>
    public override string ToString() => _text.ToString().TrimEnd('\n') + "\n";

    /// <summary>Inline math.</summary>
    public static string Inline(string latex) => $"${latex}$";

    /// <summary>Inline code (for claim-language text).</summary>
    public static string Code(string text) => text.Contains('`', StringComparison.Ordinal) ? $"`` {text} ``" : $"`{text}`";

    // A pipe inside a cell would end it; GitHub accepts \| even inside code spans and math.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Row(IEnumerable<string> cells) => $"| {string.Join(" | ", cells)} |";

    private void Block(string text)
    {
        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        _text.Append(text).Append('\n');
    }
}
