using Verification.Symbolic.Decision;
using Verification.Symbolic.Explanation;
using Verification.Symbolic.Printing;

namespace Verification.Cli.Explain;

/// <summary>A LaTeX fragment: per text a comment, the verdict for a claim, the derivation as an aligned display, the result.</summary>
internal static class ExplainLatexWriter
{
    public static void Write(TextWriter output, IReadOnlyList<ExplainReport> reports)
    {
        foreach (var report in reports)
        {
            output.WriteLine($"% line {report.Line}: {report.Text}");
            switch (report.Result)
            {
                case ExpressionExplained expression:
                    Derivation(output, expression.Explanation.Steps, expression.Explanation);
                    break;
                case ClaimExplained claim:
                    Claim(output, claim);
                    break;
                case FamilyExplained family:
                    foreach (var instance in family.Instances)
                    {
                        output.WriteLine($"\\noindent Instance ${string.Join(", ", instance.Instance.Indices.Select(static i => $"{i.Key} = {i.Value}"))}$:");
                        Claim(output, instance.Explained);
                    }

                    break;
                default:
                    output.WriteLine($"\\noindent\\textbf{{error}}: {LatexText.Escape(ExplainWords.Error(report.Result) ?? string.Empty)}");
                    break;
            }

            output.WriteLine();
        }
    }

    private static void Claim(TextWriter output, ClaimExplained claim)
    {
        var headline = ExplainWords.Verdict(claim).Headline;
        var colon = headline.IndexOf(':', StringComparison.Ordinal);
        output.WriteLine($"\\noindent\\textbf{{{headline[..colon]}}}{LatexText.Escape(headline[colon..])}");
        if (claim.Verdict is not Proved)
        {
            var names = ExplanationLatex.Names(claim.Left);
            output.WriteLine($"\\\\ You wrote ${LatexPrinter.Print(names.Apply(claim.Claim.Right))}$; the left side is ${LatexPrinter.Print(names.Apply(claim.Left.Result))}$.");
        }

        output.WriteLine();
        Derivation(output, claim.Steps, claim.Left);
    }

    private static void Derivation(TextWriter output, IReadOnlyList<ExplanationStep> steps, ExplainedExpression explanation)
    {
        var names = ExplanationLatex.Names(explanation);
        if (ExplanationLatex.Where(names) is { } where)
        {
            output.WriteLine($"\\noindent where ${where}$:");
        }

        output.WriteLine("\\[");
        output.WriteLine(ExplanationLatex.Aligned(steps, names));
        output.WriteLine("\\]");
        output.WriteLine($"\\noindent\\textbf{{result}}: ${LatexPrinter.Print(names.Apply(explanation.Result))}$ ({LatexText.Escape(ExplainWords.ResultNote(explanation))}).");
    }
}
