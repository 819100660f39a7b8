using Verification.Symbolic.Printing;

namespace Verification.Cli.Check;

/// <summary>
/// A LaTeX fragment to paste into a document: per claim a comment with its line and text, the claim
/// as a display equation, and the verdict as a paragraph.
/// </summary>
internal static class LatexReportWriter
{
    public static void Write(TextWriter output, IReadOnlyList<ClaimReport> reports)
    {
        foreach (var report in reports)
        {
            var description = VerdictDescription.Of(report);
            output.WriteLine($"% line {report.Line}: {report.Text.Replace('\n', ' ')}");
            if (ClaimLatex.Of(report) is var (caption, latex))
            {
                if (caption is not null)
                {
                    output.WriteLine($"\\noindent The {LatexText.Escape(caption)}:");
                }

                output.WriteLine("\\[");
                output.WriteLine(latex);
                output.WriteLine("\\]");
            }

            var colon = description.Headline.IndexOf(':', StringComparison.Ordinal);
            output.WriteLine($"\\noindent\\textbf{{{description.Headline[..colon]}}}{LatexText.Escape(description.Headline[colon..])}");
            foreach (var detail in description.Details)
            {
                output.WriteLine($"\\\\ \\texttt{{{LatexText.Escape(detail)}}}");
            }

            output.WriteLine();
        }

        output.WriteLine($"% {Summary.Of(reports)}");
    }
}
