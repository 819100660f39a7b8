using Verification.Symbolic.Decision;
using Verification.Symbolic.Explanation;
using Verification.Symbolic.Printing;

namespace Verification.Cli.Explain;

/// <summary>A LaTeX fragment: per text a comment, the verdict for a claim, the derivation as an aligned display, the result.</summary>
internal sealed class ExplainLatexWriter : ExplainMathWriter
{
    protected override void Heading(TextWriter output, ExplainReport report) => output.WriteLine($"% line {report.Line}: {report.Text}");

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

    protected override void Where(TextWriter output, string where) => output.WriteLine($"\\noindent where ${where}$:");

    protected override void Display(TextWriter output, string aligned)
    {
        output.WriteLine("\\[");
        output.WriteLine(aligned);
        output.WriteLine("\\]");
    }

    protected override void Result(TextWriter output, ExplainedExpression explanation, Abbreviations names) =>
        output.WriteLine($"\\noindent\\textbf{{result}}: ${LatexPrinter.Print(names.Apply(explanation.Result))}$ ({LatexText.Escape(ExplainWords.ResultNote(explanation))}).");
}
