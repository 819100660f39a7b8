namespace Verification.Cli.Explain;

/// <summary>JSON (placeholder until the typeset form lands).</summary>
internal static class ExplainJsonWriter
{
    public static void Write(TextWriter output, IReadOnlyList<ExplainReport> reports) => ExplainTextWriter.Write(output, reports);
}
