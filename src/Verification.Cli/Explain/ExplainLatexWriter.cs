using Verification.Symbolic.Decision;
using Verification.Symbolic.Explanation;
using Verification.Symbolic.Printing;

namespace Verification.Cli.Explain;

/// <summary>A LaTeX fragment: per text a comment, the verdict for a claim, the derivation as an aligned display, the result.</summary>
internal sealed class ExplainLatexWriter : ExplainDocumentWriter
{
    protected override void Heading(TextWriter output, ExplainReport report) => output.WriteLine($"% line {report.Line}: {report.Text}");

    protected override void Expression(TextWriter output, ExplainedExpression explanation) => Derivation(output, explanation.Steps, explanation);

    protected override void InstanceHeading(TextWriter output, string indices) => output.WriteLine($"\\noindent Instance ${indices}$:");

    protected override void Error(TextWriter output, string? error) =>
        output.WriteLine($"\\noindent\\textbf{{error}}: {LatexText.Escape(error ?? string.Empty)}");

    protected override void EndOfReport(TextWriter output) => output.WriteLine();

    protected override void Claim(TextWriter output, ClaimExplained claim)
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
