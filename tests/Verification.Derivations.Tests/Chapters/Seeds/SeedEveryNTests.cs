using Verification.Derivations.Chapters;
using Verification.Derivations.Checking;
using Verification.Symbolic;
using Verification.Symbolic.Decision;

namespace Verification.Derivations.Tests.Chapters.Seeds;

/// <summary>
/// The seed threads' Jacobian formulas read for every n: seed 001's quotient-rule derivative holds
/// for every n, and seed 002's diagonal (Σ xⱼ where e^(xⱼ) belongs) is refuted at a concrete n.
/// </summary>
public class SeedEveryNTests
{
    [Theory]
    [InlineData("seed-001-every-n-1")]
    [InlineData("seed-001-every-n-2")]
    [InlineData("seed-002-every-n-2")]
    public void SeedFormulaHoldsForEveryN(string id)
    {
        var general = Assert.IsType<GeneralChecked>(Assert.IsType<SeedAuditReport>(CatalogVerifier.Verify(Derivations.Catalog.Get(id))).Result);

        Assert.IsType<Proved>(general.Decision.Verdict);
        Assert.All(general.Decision.Cases, argument => Assert.IsType<Proved>(argument.Verdict));
    }

    [Fact]
    public void TheDiagonalOfSeed002IsRefutedAtAConcreteN()
    {
        var report = Assert.IsType<SeedAuditReport>(CatalogVerifier.Verify(Derivations.Catalog.Get("seed-002-every-n-1")));
        var general = Assert.IsType<GeneralChecked>(report.Result);
        var refuted = Assert.IsType<Refuted>(general.Decision.Verdict);
        var counterexample = Assert.IsType<Symbolic.EveryN.GeneralCounterexample>(general.Decision.Counterexample);

        Assert.True(report.Verified);
        Assert.Equal("refuted", report.Verdict);

        // At n = 1 the posted numerator is an empty sum and the derivative is 0 too, so n = 2 is the first failure.
        Assert.Equal(2, counterexample.Size);
        Assert.Equal(0, counterexample.Indices["i"]);
        Assert.Contains("x1", refuted.Witness.Point.Keys);
        Assert.DoesNotContain(refuted.Witness.Point.Keys, name => name.StartsWith("R_", StringComparison.Ordinal));
        Assert.True(ClaimChecker.Check(counterexample.Instance) is IdentityChecked { Verdict: Refuted });
    }

    [Fact]
    public void EveryClaimForEveryNHasItsSourceAndQuote()
    {
        var claims = SeedFixture.Read(SeedFixture.EveryNText);

        Assert.Equal(4, claims.Length);
        Assert.All(claims, claim =>
        {
            Assert.Matches(@"^00[12]_[0-9a-f]{16}\.txt$", claim.SourceFile);
            Assert.StartsWith("\"", claim.Quote, StringComparison.Ordinal);
            Assert.StartsWith("for all n >= 1", claim.ClaimText, StringComparison.Ordinal);
        });
    }
}
