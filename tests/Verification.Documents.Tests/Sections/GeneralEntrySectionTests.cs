using Verification.Derivations.Checking;
using Verification.Derivations.Entries;
using Verification.Documents.Markdown;
using Verification.Documents.Sections;
using Verification.Symbolic;
using Verification.Symbolic.Printing;

namespace Verification.Documents.Tests.Sections;

/// <summary>
/// A theorem for every n shows its argument: the statement, each case with its reduced identity
/// (typeset by <see cref="LatexPrinter"/>), what each rest symbol stands for and the verdict per
/// case; a false claim about every n shows its counterexample at a concrete n.
/// </summary>
public sealed class GeneralEntrySectionTests(RenderedProofs proofs) : IClassFixture<RenderedProofs>
{
    [Fact]
    public void EveryTheoremForEveryNShowsEachCaseWithItsReducedIdentityAndRestSums()
    {
        var reports = proofs.Reports.OfType<GeneralEntryReport>().ToList();
        Assert.NotEmpty(reports);
        foreach (var report in reports)
        {
            var section = Section(report.Entry);
            Assert.Contains(LatexPrinter.Print(report.Result.Claim), section, StringComparison.Ordinal);
            Assert.Contains("✓ proved for every $n \\ge 1$", section, StringComparison.Ordinal);
            foreach (var argument in report.Result.Decision.Cases)
            {
                Assert.Contains($"{argument.Case}**", section, StringComparison.Ordinal);
                Assert.Contains(LatexPrinter.Print(argument.Reduced!), section, StringComparison.Ordinal);
                Assert.All(argument.RestSums, rest => Assert.Contains($"${LatexPrinter.Print(rest.Symbol)} = \\sum_{{", section, StringComparison.Ordinal));
            }

            Assert.Equal(report.Result.Decision.Cases.Length, Count(section, "Engine: ✓ a formal zero"));
        }
    }

    [Fact]
    public void TheWorkedExamplesAreLinked()
    {
        var jacobian = proofs.Reports.OfType<GeneralEntryReport>().Single(static r => r.Entry.Id == "softmax-jacobian-every-n");
        var section = Section(jacobian.Entry);

        Assert.Contains("(#softmax-jacobian-diagonal)", section, StringComparison.Ordinal);
        Assert.Contains("(#softmax-jacobian)", section, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFalseDiagonalOfSeed002ShowsItsCounterexampleAtAConcreteN()
    {
        var seed = proofs.Reports.OfType<SeedAuditReport>().Single(static r => r.Entry.Id == "seed-002-every-n-1");
        var general = Assert.IsType<GeneralChecked>(seed.Result);
        var section = Section(seed.Entry);

        Assert.Contains("**Counterexample at $n = 2$**, with $i = 0$", section, StringComparison.Ordinal);
        Assert.Contains(ClaimMath.Of(general.Decision.Counterexample!.Instance, "\\overset{?}{=}").Latex, section, StringComparison.Ordinal);
        Assert.Contains($"| seed claim | refuted at {MarkdownWriter.Inline("n = 2")} |", proofs.Content("README.md"), StringComparison.Ordinal);
    }

    private string Section(CatalogEntry entry)
    {
        var document = proofs.Content(FamilyText.For(entry.Family).FileName);
        var start = document.IndexOf($"<a id=\"{entry.Id}\"></a>", StringComparison.Ordinal);
        var end = document.IndexOf("<a id=\"", start + 1, StringComparison.Ordinal);
        return end < 0 ? document[start..] : document[start..end];
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
