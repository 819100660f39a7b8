namespace Verification.Cli.Check;

/// <summary>Plain text: the claim, its verdict and evidence indented below, then a one-line summary.</summary>
internal static class TextReportWriter
{
    public static void Write(TextWriter output, IReadOnlyList<ClaimReport> reports)
    {
        foreach (var report in reports)
        {
            var description = VerdictDescription.Of(report);
            output.WriteLine($"line {report.Line}: {report.Text}");
            output.WriteLine($"  {description.Headline}");
            foreach (var detail in description.Details)
            {
                output.WriteLine($"    {detail}");
            }
        }

        output.WriteLine(Summary.Of(reports));
    }
}
