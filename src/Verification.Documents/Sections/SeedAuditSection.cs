using Verification.Symbolic;

namespace Verification.Documents.Sections;

/// <summary>A claim from a seed thread: the quote, the claim as written, typeset, and the engine's verdict (with its argument or counterexample, for a claim about every n).</summary>
internal static class SeedAuditSection
{
    public static void Write(MarkdownWriter markdown, SeedAuditReport report)
    {
        var seed = report.Seed;
        EntryHeading.Write(markdown, report, $"The engine's verdict: {VerdictText.Of(report.Result)}.");
        markdown.Paragraph($"From {MarkdownWriter.Code(seed.SourceFile)}:")
            .Paragraph("> " + seed.Quote.Replace("\n", "\n> ", StringComparison.Ordinal))
            .Paragraph($"As a claim: {MarkdownWriter.Code(seed.Claim.Text)}");
        var typeset = ClaimMath.Of(seed.Claim.Claim, report.Result is EquivalenceChecked || Outcomes.IsProved(report.Result) ? "=" : "\\overset{?}{=}");
        if (typeset.Caption is not null)
        {
            markdown.Paragraph($"Typeset, {typeset.Caption}:");
        }

        markdown.Display(typeset.Latex);
        if (report.Result is EquivalenceChecked solve)
        {
            EquivalenceSection.WriteAnswer(markdown, solve.Claim, solve.Result);
        }
        else if (report.Result is GeneralChecked general)
        {
            GeneralArgument.Write(markdown, general);
        }
    }
}
