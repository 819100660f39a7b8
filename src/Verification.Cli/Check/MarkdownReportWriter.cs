using System.Globalization;
using Verification.Documents.Markdown;

namespace Verification.Cli.Check;

/// <summary>
/// Markdown: a verdict table, then one section per claim with the claim typeset as display math
/// (<c>$$…$$</c> on lines of their own, which GitHub renders) and the evidence as a list.
/// </summary>
internal static class MarkdownReportWriter
{
    public static void Write(TextWriter output, IReadOnlyList<ClaimReport> reports)
    {
        var rows = reports.Select(static report => (IReadOnlyList<string>)[Line(report), Verdict(report), $"`{report.Text}`"]);
        foreach (var line in MarkdownWriter.TableLines(["line", "verdict", "claim"], "rll", rows))
        {
            output.WriteLine(line);
        }

        foreach (var report in reports)
        {
            var description = VerdictDescription.Of(report);
            output.WriteLine();
            output.WriteLine($"## Line {report.Line}: {Verdict(report)}");
            output.WriteLine();
            output.WriteLine($"`{report.Text}`");
            if (ClaimLatex.Of(report) is var (caption, latex))
            {
                output.WriteLine();
                if (caption is not null)
                {
                    output.WriteLine($"The {caption}:");
                    output.WriteLine();
                }

                output.WriteLine("$$");
                output.WriteLine(latex);
                output.WriteLine("$$");
            }

            output.WriteLine();
            var colon = description.Headline.IndexOf(':', StringComparison.Ordinal);
            output.WriteLine($"**{description.Headline[..colon]}**{description.Headline[colon..]}");
            if (description.Details.Count > 0)
            {
                output.WriteLine();
                foreach (var detail in description.Details)
                {
                    output.WriteLine($"- `{detail}`");
                }
            }
        }

        output.WriteLine();
        output.WriteLine(Summary.Of(reports));
    }

    private static string Line(ClaimReport report) => report.Line.ToString(CultureInfo.InvariantCulture);

    private static string Verdict(ClaimReport report) => report.Verdict.ToString().ToLowerInvariant();
}
