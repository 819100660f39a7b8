namespace Verification.Cli.Audit;

/// <summary>
/// A Markdown document whatever the output is: the conformance table, the summary, then one section per
/// failure with its worst counterexample in a code block (a CI job can post it as a comment or a job summary).
/// </summary>
internal static class AuditMarkdownWriter
{
    public static void Write(TextWriter output, AuditReport report)
    {
        output.WriteLine("# Conformance audit");
        output.WriteLine();
        output.WriteLine($"{report.Sampling.Cases} cases per law, seed {report.Sampling.Seed}.");
        output.WriteLine();
        foreach (var line in ConformanceTableWriter.MarkdownTableLines(report))
        {
            output.WriteLine(line);
        }

        output.WriteLine();
        output.WriteLine(ConformanceTableWriter.Summary(report));
        var failures = report.Failures.ToList();
        if (failures.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("## Failures");
        foreach (var failure in failures)
        {
            output.WriteLine();
            output.WriteLine($"### ✗ {failure.LawName} × {failure.ImplementationName}");
            output.WriteLine();
            output.WriteLine($"{failure.FailingCases} of {failure.CasesChecked} cases fail; the worst:");
            output.WriteLine();
            output.WriteLine("```text");
            foreach (var line in CounterexampleText.Lines(failure))
            {
                output.WriteLine(line);
            }

            output.WriteLine("```");
        }
    }
}
