using Verification.Symbolic.Decision;
using Verification.Symbolic.Explanation;
using Verification.Symbolic.Printing;

namespace Verification.Cli.Explain;

/// <summary>
/// Markdown: a section per text, the verdict for a claim, the derivation as display math
/// (<c>$$…$$</c> on lines of their own, which GitHub renders), the result in code and in math.
/// </summary>
internal sealed class ExplainMarkdownWriter : ExplainDocumentWriter
{
    protected override void Heading(TextWriter output, ExplainReport report)
    {
        output.WriteLine($"## Line {report.Line}: {ExplainWords.Outcome(report.Result)}");
        output.WriteLine();
        output.WriteLine($"`{report.Text}`");
        output.WriteLine();
    }

    protected override void Expression(TextWriter output, ExplainedExpression explanation) => Derivation(output, explanation.Steps, explanation);

    protected override void InstanceHeading(TextWriter output, string indices)
    {
        output.WriteLine($"### Instance {indices}");
        output.WriteLine();
    }

    protected override void Error(TextWriter output, string? error)
    {
        output.WriteLine($"- {error}");
        output.WriteLine();
    }

    protected override void Claim(TextWriter output, ClaimExplained claim)
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
