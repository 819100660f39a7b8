using Verification.Derivations.Checking;
using Verification.Derivations.Entries;
using Verification.Documents.Markdown;
using Verification.Documents.Sections;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Parsing;

namespace Verification.Documents.Tests.Sections;

/// <summary>A document can only say what the engine established: a wrong step shows up as such, with its witness.</summary>
public sealed class WrongStepTests
{
    [Fact]
    public void AWrongStepIsRenderedAsNotVerifiedWithTheEnginesWitness()
    {
        // Seed 002's diagonal: ∂s₀/∂z₀ = s₀(1 − s₀) written as s₀(1 + s₀).
        var wrong = new Derivation(
            "wrong-diagonal",
            TheoremFamily.Softmax,
            "A wrong diagonal",
            "For the test.",
            (IdentityClaim)ClaimParser.Parse("diff(softmax([z0, z1], 0), z0) == softmax([z0, z1], 0) * (1 + softmax([z0, z1], 0))").GetValueOrThrow(),
            [new DerivationStep(ClaimParser.ParseExpression("softmax([z0, z1], 0) * (1 + softmax([z0, z1], 0))").GetValueOrThrow(), "quotient rule", "Wrongly.")]);
        var markdown = new MarkdownWriter();

        DerivationSection.Write(markdown, (DerivationReport)CatalogVerifier.Verify(wrong));

        var text = markdown.ToString();
        Assert.Contains("**NOT VERIFIED.** Step 1 does not follow: ✗ refuted at $z_{0} = ", text, StringComparison.Ordinal);
        Assert.Contains("**1. quotient rule.** Wrongly. *(engine: ✗ refuted at $z_{0} = ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**Verified.**", text, StringComparison.Ordinal);
    }
}
