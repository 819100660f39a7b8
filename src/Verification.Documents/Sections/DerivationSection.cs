using Verification.Documents.Comparisons;
using Verification.Documents.Examples;
using Verification.Symbolic.Decision;

namespace Verification.Documents.Sections;

/// <summary>
/// A chain of equalities: the statement, every step with its rule, explanation and the engine's
/// verdict on "previous line = this line", the chain evaluated at a small point, and the derived
/// formula against our kernel where one exists.
/// </summary>
internal static class DerivationSection
{
    public static void Write(MarkdownWriter markdown, DerivationReport report)
    {
        var derivation = report.Derivation;
        var failure = report.FirstFailure;
        EntryHeading.Write(
            markdown,
            report,
            failure is null
                ? $"The engine proves every one of the {report.Links.Length} equalities of the chain."
                : $"Step {failure.Index + 1} does not follow: {VerdictText.Of(failure.Verdict)}.");
        markdown.Display(LatexPrinter.Print(derivation.Statement));

        markdown.Heading(3, "Derivation").Paragraph("Start from the left-hand side:").Display(LatexPrinter.Print(derivation.Statement.Left));
        for (var k = 0; k < derivation.Steps.Length; k++)
        {
            var step = derivation.Steps[k];
            markdown.Paragraph($"**{k + 1}. {step.Rule}.** {step.Explanation} {Short(report.Links[k].Verdict)}")
                .Display("= " + LatexPrinter.Print(step.Expression));
        }

        var last = report.Links[^1];
        if (derivation.Steps.Length > 0 && derivation.Steps[^1].Expression == derivation.Statement.Right)
        {
            markdown.Paragraph($"This is the right-hand side. {Short(last.Verdict)}");
        }
        else
        {
            markdown.Paragraph($"**{derivation.Steps.Length + 1}. the right-hand side.** {Short(last.Verdict)}")
                .Display("= " + LatexPrinter.Print(derivation.Statement.Right));
        }

        WriteWorkedExample(markdown, report);
        if (KernelComparisons.For(derivation.Id) is { } comparison)
        {
            markdown.Heading(3, "Derived formula against our kernel")
                .Paragraph("The right-hand side compiled to a delegate, our kernel, and (for a derivative) a central finite difference of our forward kernel, at fixed points including extreme ones. Numbers are printed round-trip exact.");
            ComparisonTable.Write(markdown, derivation.Statement, comparison);
        }
    }

    /// <summary>"(engine: ✓ proved)" without the method, which the heading already states once.</summary>
    private static string Short(Verdict verdict) => verdict is Proved ? "*(engine: ✓ proved)*" : $"*(engine: {VerdictText.Of(verdict)})*";

    private static void WriteWorkedExample(MarkdownWriter markdown, DerivationReport report)
    {
        var derivation = report.Derivation;
        var point = WorkedPoint.For([derivation.Statement.Left, derivation.Statement.Right, .. derivation.Steps.Select(static s => s.Expression)]);
        var rows = new List<IReadOnlyList<string>> { new[] { "left-hand side", "", point.Evaluate(derivation.Statement.Left) } };
        rows.AddRange(derivation.Steps.Select((step, k) => (IReadOnlyList<string>)[$"step {k + 1}", step.Rule, point.Evaluate(step.Expression)]));
        rows.Add(["right-hand side", "", point.Evaluate(derivation.Statement.Right)]);
        markdown.Heading(3, "Worked example")
            .Paragraph($"Every line of the chain has the same value at {point.Latex} (10 significant digits, computed exactly and rounded):")
            .Table(["line", "rule", "value"], "llr", rows);
    }
}
