using System.Text.RegularExpressions;
using Verification.Derivations.Entries;
using Verification.TestSupport;

namespace Verification.Documents.Tests;

public sealed partial class ProofSetTests(RenderedProofs proofs) : IClassFixture<RenderedProofs>
{
    public static TheoryData<string> Documents => new(
        "README.md", "sigmoid.md", "softmax.md", "losses.md", "relatives.md", "equivalence.md", "training.md", "seeds.md", "derive-it-yourself.md");

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryDocumentMatchesItsSnapshot(string document) =>
        Snapshot.Match(proofs.Content(document), Path.GetFileNameWithoutExtension(document), "md");

    [Fact]
    public void ThereIsOneDocumentPerTheoremFamilyPlusTheIndexTheDeriveItYourselfPageAndTheFigures()
    {
        Assert.Equal(
            [
                "README.md", "sigmoid.md", "softmax.md", "losses.md", "relatives.md", "equivalence.md", "training.md", "seeds.md", "derive-it-yourself.md",
                "figures/sigmoid-and-derivative.svg", "figures/naive-vs-stable-softmax-error.svg",
                "figures/tanh-vs-rescaled-sigmoid.svg", "figures/silu-and-derivative.svg", "figures/softmax2-vs-sigmoid.svg",
            ],
            proofs.Files.Select(static f => f.RelativePath));
        Assert.Equal(Enum.GetValues<TheoremFamily>().Length + 2, proofs.Files.Count(static f => f.RelativePath.EndsWith(".md", StringComparison.Ordinal)));
    }

    [Fact]
    public void RenderingTwiceGivesTheSameBytesIncludingTheFigures()
    {
        var again = ProofSet.Render(proofs.Reports);

        Assert.Equal(proofs.Files, again);
    }

    [Fact]
    public void TheIndexLinksEveryEntryToItsSectionAndEverySectionHasItsAnchor()
    {
        var index = proofs.Content("README.md");
        foreach (var report in proofs.Reports)
        {
            var document = FamilyText.For(report.Entry.Family).FileName;
            Assert.Contains($"]({document}#{report.Entry.Id})", index, StringComparison.Ordinal);
            Assert.Contains($"<a id=\"{report.Entry.Id}\"></a>", proofs.Content(document), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryImageLinkPointsAtAGeneratedFigure()
    {
        var figures = proofs.Files.Select(static f => f.RelativePath).Where(static p => p.StartsWith("figures/", StringComparison.Ordinal)).ToHashSet();
        var linked = proofs.Files.SelectMany(static f => ImageLink().Matches(f.Content).Select(static m => m.Groups[1].Value)).ToList();

        Assert.NotEmpty(linked);
        Assert.All(linked, path => Assert.Contains(path, figures));
    }

    [Fact]
    public void DocumentsHaveNoTimestampsNoCarriageReturnsAndEndWithOneNewline()
    {
        Assert.All(proofs.Files, static file =>
        {
            Assert.DoesNotContain('\r', file.Content);
            Assert.DoesNotMatch(@"20\d\d-\d\d-\d\d", file.Content);
            Assert.EndsWith("\n", file.Content, StringComparison.Ordinal);
            Assert.False(file.Content.EndsWith("\n\n", StringComparison.Ordinal), file.RelativePath);
        });
    }

    [Fact]
    public void DisplayMathUsesDollarBlocksOnTheirOwnLinesAndNoLatexLineBreaks()
    {
        foreach (var file in proofs.Files.Where(static f => f.RelativePath.EndsWith(".md", StringComparison.Ordinal)))
        {
            var lines = file.Content.Split('\n');
            Assert.True(lines.Count(static l => l == "$$") % 2 == 0, file.RelativePath);
            Assert.DoesNotContain("\\\\", file.Content, StringComparison.Ordinal);
            Assert.DoesNotContain("\\begin{align", file.Content, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"!\[[^\]]*\]\(([^)]+)\)")]
    private static partial Regex ImageLink();
}
