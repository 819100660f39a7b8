using Verification.Symbolic.Claims;
using Verification.Symbolic.Equivalence;
using Verification.Symbolic.Parsing;
using Verification.Symbolic.Printing;

namespace Verification.Symbolic.Tests.Equivalence;

/// <summary>
/// How the equivalence solver settles one group of terms (Σ S_K(θ)·e^K = 0): a single coefficient must
/// vanish, same-signed constants never cancel, mixed ones need a logarithm; which partitions of the
/// exponential classes it tries; and the class limit at its exact boundary.
/// </summary>
public class EquivalenceSolverCancellationTests
{
    [Fact]
    public void ASingleLinearCoefficientMustVanish()
    {
        // a·x = x for all x ⇔ (a − 1)·x = 0 ⇔ a = 1: one coefficient, linear in a, added to the system.
        var family = Assert.Single(Assert.IsType<EquivalenceSolutions>(Solve("solve a: a * x == x for all x")).Families);
        Assert.Equal("a = 1", $"{family.Assignments.Single().Unknown.Name} = {PlainTextPrinter.Print(family.Assignments.Single().Value)}");
    }

    [Fact]
    public void PositiveMultiplesOfExponentialsNeverCancel()
    {
        // e^a·x + e^b·x = 0 for all x needs e^a + e^b = 0, impossible since both are positive: no a works.
        var reason = Assert.IsType<NoEquivalence>(Solve("solve a: exp(a) * x + exp(b) * x == 0 for all x")).Reason;
        Assert.StartsWith("no values of a cancel every term of the difference ", reason, StringComparison.Ordinal);
        Assert.EndsWith(" for all x", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ACoefficientThatIsNotConstantIsNotTakenForAPositiveOne()
    {
        // (a + 1)·e^b·x + x = 0 ⇔ a = −1 − e^(−b): a solution exists, but it is not rational in b, so the
        // solver must say Unknown — not "no solution" by reading a + 1 as a positive constant.
        var reason = Assert.IsType<EquivalenceUnknown>(Solve("solve a: (a + 1) * exp(b) * x + x == 0 for all x")).Reason;
        Assert.StartsWith("cancelling exponentials with different constant parts", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AConstantTermThatCannotVanishRefutesWhateverTheOtherTermsNeed()
    {
        // 1 + (2e^a − e)·x = 0 for all x needs 1 = 0 (the x⁰ coefficient): impossible, so no a works, even
        // though the x-coefficient alone (2e^a = e) would need a logarithm.
        Assert.IsType<NoEquivalence>(Solve("solve a: 1 + 2 * exp(a) * x == exp(1) * x for all x"));
    }

    [Fact]
    public void ExponentialsInXThatNoUnknownCanMakeEqualAreNotMerged()
    {
        // e^x = 2·e^(2x + a) for all x: the exponents x and 2x differ by x whatever a is, so the two terms
        // are independent functions of x and both coefficients would have to vanish: no a works. Merging
        // the two classes (treating x = 2x) would instead ask for e^0 = 2e^a, which needs a logarithm.
        Assert.IsType<NoEquivalence>(Solve("solve a: exp(x) == 2 * exp(2 * x + a) for all x"));
    }

    [Fact]
    public void ClaimsAtTheClassLimitAreSolvedAndOnePastItAreTooLarge()
    {
        // e^x + e^(2x) − a has three classes of exponentials in x (x, 2x, 0): at a limit of 3 it is solved
        // (no constant a cancels e^x + e^(2x)); e^x + e^(2x) + e^(3x) − a has four and is too large.
        var limits = new EngineLimits(MaxEquivalenceClasses: 3);

        var atLimit = EquivalenceSolver.Solve(Parse("solve a: exp(x) + exp(2 * x) == a for all x"), limits);
        Assert.StartsWith("no values of a cancel every term", Assert.IsType<NoEquivalence>(atLimit).Reason, StringComparison.Ordinal);

        var pastLimit = EquivalenceSolver.Solve(Parse("solve a: exp(x) + exp(2 * x) + exp(3 * x) == a for all x"), limits);
        Assert.Equal(
            "too large: 4 distinct exponentials in x exceed 3 (EngineLimits.MaxEquivalenceClasses)",
            Assert.IsType<EquivalenceUnknown>(pastLimit).Reason);
    }

    [Fact]
    public void AClaimOutsideTheCanonicalFragmentIsUnknownWithTheCanonicalizersReason()
    {
        // (x − x)^0 is 0^0, which has no value; the solver reports why it cannot go on instead of throwing.
        var result = Solve("solve a: a * (x - x)^0 == 1 for all x");
        Assert.Equal("0^0 is undefined", Assert.IsType<EquivalenceUnknown>(result).Reason);
    }

    [Fact]
    public void ANullClaimIsRefusedByName() =>
        Assert.Equal("claim", Assert.Throws<ArgumentNullException>(() => EquivalenceSolver.Solve(null!)).ParamName);

    private static SolveClaim Parse(string text) => Assert.IsType<SolveClaim>(ClaimParser.Parse(text).GetValueOrThrow());

    private static EquivalenceResult Solve(string text) => EquivalenceSolver.Solve(Parse(text));
}
