using Verification.Symbolic.Decision;
using Verification.Symbolic.Explanation;
using Verification.Symbolic.Printing;

namespace Verification.Cli.Explain;

/// <summary>
/// Markdown: a section per text, the verdict for a claim, the derivation as display math
/// (<c>$$…$$</c> on lines of their own, which GitHub renders), the result in code and in math.
/// </summary>
internal sealed class ExplainMarkdownWriter : ExplainMathWriter
{
    protected override void Heading(TextWriter output, ExplainReport report)
    {
        output.WriteLine($"## Line {report.Line}: {ExplainWords.Outcome(report.Result)}");
        output.WriteLine();
        output.WriteLine($"`{report.Text}`");
        output.WriteLine();
    }

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

    protected override void Where(TextWriter output, string where)
    {
        output.WriteLine($"where ${where}$:");
        output.WriteLine();
    }

    protected override void Display(TextWriter output, string aligned)
    {
        output.WriteLine("$$");
        output.WriteLine(aligned);
        output.WriteLine("$$");
        output.WriteLine();
    }

    protected override void Result(TextWriter output, ExplainedExpression explanation, Abbreviations names)
    {
        output.WriteLine($"**Result:** `{PlainTextPrinter.Print(explanation.Result)}` ({ExplainWords.ResultNote(explanation)})");
        output.WriteLine();
    }
}
