using Verification.Symbolic.Decision;
using Verification.Symbolic.Explanation;
using Verification.Symbolic.Printing;

namespace Verification.Cli.Explain;

/// <summary>
/// Markdown: a section per text, the verdict for a claim, the derivation as display math
/// (<c>$$…$$</c> on lines of their own, which GitHub renders), the result in code and in math.
/// </summary>
internal static class ExplainMarkdownWriter
{
    public static void Write(TextWriter output, IReadOnlyList<ExplainReport> reports)
    {
        foreach (var report in reports)
        {
            output.WriteLine($"## Line {report.Line}: {ExplainWords.Outcome(report.Result)}");
            output.WriteLine();
            output.WriteLine($"`{report.Text}`");
            output.WriteLine();
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
                        output.WriteLine($"### Instance {string.Join(", ", instance.Instance.Indices.Select(static i => $"{i.Key} = {i.Value}"))}");
                        output.WriteLine();
                        Claim(output, instance.Explained);
                    }

                    break;
                default:
                    output.WriteLine($"- {ExplainWords.Error(report.Result)}");
                    output.WriteLine();
                    break;
            }
        }
    }

    private static void Claim(TextWriter output, ClaimExplained claim)
    {
        var verdict = ExplainWords.Verdict(claim);
        output.WriteLine($"- {verdict.Headline}");
        foreach (var detail in verdict.Details)
        {
            output.WriteLine($"  - `{detail}`");
        }

        if (claim.Verdict is not Proved)
        {
            output.WriteLine($"- you wrote `{PlainTextPrinter.Print(claim.Claim.Right)}`; the left side is `{PlainTextPrinter.Print(claim.Left.Result)}`");
        }

        output.WriteLine();
        Derivation(output, claim.Steps, claim.Left);
    }

    private static void Derivation(TextWriter output, IReadOnlyList<ExplanationStep> steps, ExplainedExpression explanation)
    {
        var names = ExplanationLatex.Names(explanation);
        if (ExplanationLatex.Where(names) is { } where)
        {
            output.WriteLine($"where ${where}$:");
            output.WriteLine();
        }

        output.WriteLine("$$");
        output.WriteLine(ExplanationLatex.Aligned(steps, names));
        output.WriteLine("$$");
        output.WriteLine();
        output.WriteLine($"**Result:** `{PlainTextPrinter.Print(explanation.Result)}` ({ExplainWords.ResultNote(explanation)})");
        output.WriteLine();
    }
}
