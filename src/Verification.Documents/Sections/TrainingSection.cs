using Verification.Symbolic;
using Verification.Symbolic.Equivalence;

namespace Verification.Documents.Sections;

/// <summary>Gradient identities (proved) and learning-rate questions (answered by the solver) for training two equivalent nets.</summary>
internal static class TrainingSection
{
    public static void Write(MarkdownWriter markdown, TrainingEquivalenceReport report)
    {
        var training = report.Training;
        var proved = report.Gradients.Count(Outcomes.IsProved);
        EntryHeading.Write(
            markdown,
            report,
            $"The engine proves {Numbers.Whole(proved)} of {Numbers.Whole(training.Gradients.Length)} gradient identities and settles {Numbers.Whole(report.RateAnswers.Count(Outcomes.IsSettled))} of {Numbers.Whole(training.RateQuestions.Length)} learning-rate questions.");

        markdown.Heading(3, "Gradients");
        for (var k = 0; k < training.Gradients.Length; k++)
        {
            var typeset = ClaimMath.Of(training.Gradients[k].Claim);
            markdown.Paragraph($"**{k + 1}.** {training.Gradients[k].Explanation} *(engine: {VerdictText.Short(report.Gradients[k])})*").Display(typeset.Latex);
        }

        markdown.Heading(3, "Learning rates");
        for (var k = 0; k < training.RateQuestions.Length; k++)
        {
            markdown.Paragraph($"**{k + 1}.** {training.RateQuestions[k].Explanation}")
                .Display(LatexPrinter.Print(training.RateQuestions[k].Claim));
            if (report.RateAnswers[k] is EquivalenceChecked { Result: var answer })
            {
                markdown.Paragraph($"Answer: {VerdictText.Of(answer)}.");
                if (answer is EquivalenceSolutions solutions)
                {
                    foreach (var line in VerdictText.SolutionLines(solutions))
                    {
                        markdown.Display(line);
                    }
                }
            }
            else
            {
                markdown.Paragraph($"Answer: {VerdictText.Of(report.RateAnswers[k])}.");
            }
        }
    }
}
