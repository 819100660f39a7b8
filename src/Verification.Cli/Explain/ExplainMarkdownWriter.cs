namespace Verification.Cli.Explain;

/// <summary>Markdown (placeholder until the typeset form lands).</summary>
internal static class ExplainMarkdownWriter
{
    public static void Write(TextWriter output, IReadOnlyList<ExplainReport> reports) => ExplainTextWriter.Write(output, reports);
}
