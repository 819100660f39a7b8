using Verification.Symbolic.Claims;
using Verification.Symbolic.Equivalence;
using Verification.Symbolic.Parsing;
using Verification.Symbolic.Printing;

namespace Verification.Symbolic.Tests.Equivalence;

/// <summary>Equivalence questions from claim text: the head mappings of seed 000 and their relatives.</summary>
public class EquivalenceSolverTests
{
    [Fact]
    public void SigmoidHeadFromSoftmaxHeadIsTheDifferenceOfWeights()
    {
        var family = SingleFamily(
            "solve w0, w1, b: sigmoid(w0*x0 + w1*x1 + b) == softmax([v00*x0 + v01*x1 + c0, v10*x0 + v11*x1 + c1], 0) for all x0, x1");
        Assert.Equal(["w0 = v00 - v10", "w1 = v01 - v11", "b = c0 - c1"], Assignments(family));
        Assert.Empty(family.FreeUnknowns);
        Assert.Empty(family.Conditions);
    }

    [Fact]
    public void SoftmaxHeadFromSigmoidHeadIsAFamilyWithFreeParameters()
    {
        var family = SingleFamily(
            "solve v00, v01, v10, v11, c0, c1: softmax([v00*x0 + v01*x1 + c0, v10*x0 + v11*x1 + c1], 0) == sigmoid(w0*x0 + w1*x1 + b) for all x0, x1");
        Assert.Equal(["v00 = v10 + w0", "v01 = v11 + w1", "c0 = b + c1"], Assignments(family));
        Assert.Equal(["v10", "v11", "c1"], family.FreeUnknowns.Select(u => u.Name));
    }

    [Fact]
    public void TwoClassSoftmaxEqualsSigmoidOfTheFirstLogitOnlyWhenTheSecondIsZero()
    {
        var family = SingleFamily("solve x1: softmax([x0, x1], 0) == sigmoid(x0) for all x0");
        Assert.Equal(["x1 = 0"], Assignments(family));
    }

    [Fact]
    public void ConditionOnGivenParametersIsReported()
    {
        var family = SingleFamily("solve w: sigmoid(w*x) == sigmoid(v*x + c) for all x");
        Assert.Equal(["w = v"], Assignments(family));
        Assert.Equal("c", PlainTextPrinter.Print(Assert.Single(family.Conditions)));
    }

    [Fact]
    public void IndependentSigmoidsAreNotASoftmaxForAnyScale()
    {
        var result = Solve("solve a: softmax([x0, x1, x2], 0) == a * sigmoid(x0) for all x0, x1, x2");
        Assert.IsType<NoEquivalence>(result);
    }

    [Fact]
    public void IdentityThatAlwaysHoldsLeavesEveryUnknownFree()
    {
        var family = SingleFamily("solve a: sigmoid(x) + 0 * a == 1 - sigmoid(-x) for all x");
        Assert.Equal(["a"], family.FreeUnknowns.Select(u => u.Name));
    }

    [Fact]
    public void NonLinearConditionIsUnknownNotAGuess()
    {
        // e^(a²x) = e^x for all x needs a² − 1 = 0: two solutions, which a linear solver must not guess.
        var reason = UnknownReason("solve a: exp(a * a * x) == exp(x) for all x");
        Assert.Contains("a^2", reason, StringComparison.Ordinal);
        Assert.Contains("not linear", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NonLinearCoefficientIsUnknownNotAGuess()
    {
        // (a² − 1)·x = 0 for all x: the coefficient of x must vanish, and it is quadratic in a.
        var reason = UnknownReason("solve a: a * a * x == x for all x");
        Assert.Contains("a^2", reason, StringComparison.Ordinal);
        Assert.Contains("not linear", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NonLinearEqualityOfConstantExponentsIsUnknownNotAGuess()
    {
        // x·e^(a²) − x·e = 0 for all x ⇔ e^(a²) = e^1 ⇔ a² = 1, again quadratic in a.
        var reason = UnknownReason("solve a: exp(a * a) * x == exp(1) * x for all x");
        Assert.Contains("a^2", reason, StringComparison.Ordinal);
        Assert.Contains("not linear", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ExponentialsWithDifferentConstantsWouldNeedALogarithm()
    {
        // 2·e^a = e^1 ⇔ a = 1 − log 2: not a rational expression of the parameters, so the solver says Unknown
        // and names the sum it could not cancel.
        var reason = UnknownReason("solve a: 2 * exp(a) * x == exp(1) * x for all x");
        Assert.Contains("logarithms", reason, StringComparison.Ordinal);
        Assert.Contains("(2)*exp(a) + (-1)*exp(1)", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFirstReasonToGiveUpIsReported()
    {
        // Two classes of exponentials, in a²x and in x. Merging them needs a² = 1 (non-linear, the first
        // partition tried); keeping them apart needs 2·e^b = 1 (a logarithm). The first reason is reported.
        var reason = UnknownReason("solve a, b: 2 * exp(a * a * x + b) + 2 * exp(x + b) == exp(a * a * x) + exp(x) for all x");
        Assert.Contains("not linear", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ALogarithmInTheDifferenceIsUnknown()
    {
        var reason = UnknownReason("solve a: a * log(1 + exp(x)) == log(1 + exp(x)) for all x");
        Assert.Contains("logarithms", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AClaimBeyondTheWorkLimitsIsUnknownNotAnError()
    {
        var claim = Assert.IsType<SolveClaim>(ClaimParser.Parse("solve a: a * (1 + exp(x))^4 == 1 for all x").GetValueOrThrow());

        var result = EquivalenceSolver.Solve(claim, new EngineLimits(MaxPower: 3));

        var reason = Assert.IsType<EquivalenceUnknown>(result).Reason;
        Assert.StartsWith("too large", reason, StringComparison.Ordinal);
        Assert.Contains("MaxPower", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TooManyExponentialsIsTooLarge()
    {
        var result = Solve("solve a: " + string.Join(" + ", Enumerable.Range(1, 10).Select(k => $"exp({k}*x)")) + " == a for all x");
        Assert.StartsWith("too large", Assert.IsType<EquivalenceUnknown>(result).Reason, StringComparison.Ordinal);
    }

    private static EquivalenceResult Solve(string text) => Assert.IsType<EquivalenceChecked>(ClaimChecker.Check(text)).Result;

    private static string UnknownReason(string text) => Assert.IsType<EquivalenceUnknown>(Solve(text)).Reason;

    private static SolutionFamily SingleFamily(string text) => Assert.Single(Assert.IsType<EquivalenceSolutions>(Solve(text)).Families);

    private static IEnumerable<string> Assignments(SolutionFamily family) =>
        family.Assignments.Select(a => $"{a.Unknown.Name} = {PlainTextPrinter.Print(a.Value)}");
}
