namespace Verification.Cli.Explain;

/// <summary>LaTeX (placeholder until the typeset form lands).</summary>
internal static class ExplainLatexWriter
{
    public static void Write(TextWriter output, IReadOnlyList<ExplainReport> reports) => ExplainTextWriter.Write(output, reports);
}
