using Verification.Documents.Examples;
using Verification.Symbolic.Claims;

namespace Verification.Documents.Sections;

/// <summary>A false identity with the engine's witness, both sides at a small point, and when it does hold.</summary>
internal static class RefutationSection
{
    public static void Write(MarkdownWriter markdown, RefutationReport report)
    {
        var refutation = report.Refutation;
        EntryHeading.Write(markdown, report, $"The engine's verdict: {VerdictText.Of(report.Result)}.");
        var typeset = ClaimMath.Of(refutation.FalseClaim.Claim, "\\overset{?}{=}");
        markdown.Paragraph($"{refutation.FalseClaim.Explanation} The claim{(typeset.Caption is null ? string.Empty : $", {typeset.Caption}")}:")
            .Display(typeset.Latex);
        IdentityExample.Write(markdown, refutation.FalseClaim.Claim, "The two sides already differ");
        if (refutation.WhenItHolds is { } question && report.WhenItHolds is { } answer)
        {
            markdown.Heading(3, "When it holds").Paragraph(question.Explanation).Display(LatexPrinter.Print(question.Claim));
            EquivalenceSection.WriteAnswer(markdown, (SolveClaim)question.Claim, answer);
        }
    }
}
