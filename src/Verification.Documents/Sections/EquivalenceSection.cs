using Verification.Documents.Examples;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Equivalence;

namespace Verification.Documents.Sections;

/// <summary>A <c>solve</c> question and the solver's computed answer, made concrete when it has solutions.</summary>
internal static class EquivalenceSection
{
    public static void Write(MarkdownWriter markdown, EquivalenceReport report)
    {
        var question = (SolveClaim)report.Equivalence.Question.Claim;
        EntryHeading.Write(markdown, report, $"The solver's answer: {VerdictText.Of(report.Answer)}.");
        markdown.Paragraph($"{report.Equivalence.Question.Explanation}").Display(LatexPrinter.Print(question));
        WriteAnswer(markdown, question, report.Answer);
    }

    /// <summary>The answer typeset, and a worked example when there are solutions.</summary>
    public static void WriteAnswer(MarkdownWriter markdown, SolveClaim question, EquivalenceResult answer)
    {
        if (answer is EquivalenceSolutions solutions)
        {
            markdown.Paragraph(solutions.Families.Length == 1 ? "The complete set of solutions:" : "The complete set of solutions, family by family:");
            foreach (var line in VerdictText.SolutionLines(solutions))
            {
                markdown.Display(line);
            }

            SolutionExample.Write(markdown, question, solutions);
        }
        else
        {
            markdown.Paragraph(VerdictText.Of(answer));
        }
    }
}
