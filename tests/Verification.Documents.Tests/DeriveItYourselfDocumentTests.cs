using Verification.Documents.DeriveItYourself;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Explanation;
using Verification.Symbolic.Printing;

namespace Verification.Documents.Tests;

public sealed class DeriveItYourselfDocumentTests(RenderedProofs proofs) : IClassFixture<RenderedProofs>
{
    private static IEnumerable<DerivedItem> Items => DerivedExpressions.Groups.SelectMany(static g => g.Items);

    private string Page => proofs.Content(DeriveItYourselfDocument.FileName);

    [Fact]
    public void EveryListedExpressionIsDerivedToAResultInTheOutputs()
    {
        // 3 sigmoid derivatives + 9 Jacobian entries + 3 log-softmax/logsumexp + 3 loss gradients.
        Assert.Equal(18, Items.Count());
        var results = Page.Split('\n').Where(static l => l.StartsWith("**Result:** ", StringComparison.Ordinal)).ToList();

        Assert.Equal(Items.Count(), results.Count);
        Assert.All(results, static r => Assert.Matches(@", in the outputs; \d+ steps, each proved\.$", r));
        Assert.DoesNotContain("Not derived", Page, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFirstDerivativeOfTheSigmoidEndsInSigmaTimesOneMinusSigma()
    {
        var section = Section("First derivative of the sigmoid");

        Assert.Contains("**Result:** $\\sigma \\cdot \\left(1 - \\sigma\\right)$, that is `sigmoid(x) * (1 - sigmoid(x))`", section, StringComparison.Ordinal);
        Assert.Contains("**1. definition of sigmoid unfolded.**", section, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProvedStepOfEveryDerivationIsOnThePageUnderItsItem()
    {
        foreach (var item in Items)
        {
            var explanation = Assert.IsType<ExpressionExplained>(Explainer.Explain(item.Expression)).Explanation;
            var section = Section(item.Title);
            var names = ExplanationLatex.Names(explanation);

            Assert.True(explanation.Steps.Length >= 3, $"{item.Expression}: {explanation.Steps.Length} lines");
            Assert.True(explanation.ResultInOutputs, item.Expression);
            Assert.Contains($"$$\n{LatexPrinter.Print(names.Apply(explanation.Steps[0].Expression))}\n$$", section, StringComparison.Ordinal);
            for (var k = 1; k < explanation.Steps.Length; k++)
            {
                var step = explanation.Steps[k];
                Assert.IsType<Proved>(step.Link);
                Assert.Contains($"**{k}. {step.Rule}.**\n\n$$\n= {LatexPrinter.Print(names.Apply(step.Expression))}\n$$", section, StringComparison.Ordinal);
            }

            Assert.DoesNotContain($"**{explanation.Steps.Length}. ", section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnExpressionTheEngineCannotDeriveIsShownAsNotDerivedWithoutSteps()
    {
        var group = new DerivedGroup("Group", "Introduction.", [new DerivedItem("Nested sigmoid", "diff(sigmoid(sigmoid(x)), x)")]);
        var failed = Explainer.Explain(group.Items[0].Expression);

        var page = DeriveItYourselfDocument.Render([(group, [failed])], failed);

        Assert.IsType<ExplainFailed>(failed);
        Assert.Contains("**Not derived.** the expression is outside the decidable fragment", page, StringComparison.Ordinal);
        Assert.DoesNotContain("**Result:**", page, StringComparison.Ordinal);
        Assert.DoesNotContain("**1. ", page, StringComparison.Ordinal);
    }

    [Fact]
    public void TheIndexLinksThePageAndThePageSaysItIsRegeneratedInCi()
    {
        Assert.Contains($"]({DeriveItYourselfDocument.FileName})", proofs.Content("README.md"), StringComparison.Ordinal);
        Assert.Contains("`verification derive --check`", Page, StringComparison.Ordinal);
        Assert.Contains("for that composition `explain` answers `the expression is outside the decidable fragment", Page, StringComparison.Ordinal);
    }

    /// <summary>The text of one item: from its heading to the next heading.</summary>
    private string Section(string title)
    {
        var start = Page.IndexOf($"### {title}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, title);
        var end = Page.IndexOf("\n#", start + 4, StringComparison.Ordinal);
        return end < 0 ? Page[start..] : Page[start..end];
    }
}
