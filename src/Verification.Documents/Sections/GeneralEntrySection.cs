using Verification.Derivations;
using Verification.Symbolic.Expressions;

namespace Verification.Documents.Sections;

/// <summary>
/// A theorem for every n: the statement, the engine's case argument (<see cref="GeneralArgument"/>),
/// and links to the entries that state it at concrete n, which stay as worked examples.
/// </summary>
internal static class GeneralEntrySection
{
    public static void Write(MarkdownWriter markdown, GeneralEntryReport report)
    {
        var general = report.General;
        EntryHeading.Write(markdown, report, $"The engine's verdict: {VerdictText.Short(report.Result)}.");
        markdown.Paragraph($"{general.Theorem.Explanation}, as a claim: {MarkdownWriter.Code(general.Theorem.Text)}")
            .Display(LatexPrinter.Print(report.Result.Claim));
        GeneralArgument.Write(markdown, report.Result);
        if (!general.WorkedExamples.IsEmpty)
        {
            var links = general.WorkedExamples.Select(id => Catalog.Get(id)).Select(example =>
                $"[{example.Title}]({(example.Family == general.Family ? string.Empty : FamilyText.For(example.Family).FileName)}#{example.Id})");
            markdown.Paragraph($"Worked examples at concrete {MarkdownWriter.Inline(LatexPrinter.Print(new Symbol(report.Result.Claim.Size)))}: {string.Join("; ", links)}.");
        }
    }
}
