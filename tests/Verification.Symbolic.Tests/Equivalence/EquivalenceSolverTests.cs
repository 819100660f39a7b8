using Verification.Symbolic.Equivalence;
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
        var result = Solve("solve a: exp(a * a * x) == exp(x) for all x");
        Assert.IsType<EquivalenceUnknown>(result);
    }

    [Fact]
    public void TooManyExponentialsIsTooLarge()
    {
        var result = Solve("solve a: " + string.Join(" + ", Enumerable.Range(1, 10).Select(k => $"exp({k}*x)")) + " == a for all x");
        Assert.StartsWith("too large", Assert.IsType<EquivalenceUnknown>(result).Reason, StringComparison.Ordinal);
    }

    private static EquivalenceResult Solve(string text) => Assert.IsType<EquivalenceChecked>(ClaimChecker.Check(text)).Result;

    private static SolutionFamily SingleFamily(string text) => Assert.Single(Assert.IsType<EquivalenceSolutions>(Solve(text)).Families);

    private static IEnumerable<string> Assignments(SolutionFamily family) =>
        family.Assignments.Select(a => $"{a.Unknown.Name} = {PlainTextPrinter.Print(a.Value)}");
}
