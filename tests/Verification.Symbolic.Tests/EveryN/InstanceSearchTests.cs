using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.EveryN;
using Verification.Symbolic.Parsing;

namespace Verification.Symbolic.Tests.EveryN;

/// <summary>
/// What the decider does when the case argument does not settle a claim: it searches the lengths
/// instance by instance, within the limits it is given, and says what it searched and what stopped it.
/// </summary>
public class InstanceSearchTests(ITestOutputHelper output)
{
    /// <summary>s_i = s₀ holds at n = 1 only; the off-diagonal case i ≠ 0 is no formal zero, and n = 2, i = 1 refutes it.</summary>
    private const string SoftmaxIsConstant = "for all n >= 1, i in 0..n-1: softmax(z, i) == softmax(z, 0)";

    /// <summary>∂s₀/∂z_i + ∂s_{n−3}/∂z_i written out by the Jacobian formula: true for every n ≥ 3, including n = 3 where 0 = n − 3.</summary>
    private const string TwoJacobianRows = "for all n >= 3, i in 0..n-1: diff(softmax(z, 0), z[i]) + diff(softmax(z, n-3), z[i]) == softmax(z, 0) * (delta(0, i) - softmax(z, i)) + softmax(z, n-3) * (delta(n-3, i) - softmax(z, i))";

    [Fact]
    public void ANullClaimIsRejected() =>
        Assert.Throws<ArgumentNullException>(() => GeneralDecider.Decide(null!));

    [Fact]
    public void AFalseClaimIsRefutedAtTheFirstLengthWhereItFails()
    {
        var decision = GeneralDeciderTests.Decide(SoftmaxIsConstant);
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        Assert.IsType<Refuted>(decision.Verdict);
        Assert.Equal(2, decision.Counterexample!.Size);
        Assert.Equal(1, decision.Counterexample.Indices["i"]);
        Assert.Equal([1, 2], decision.Instances);
    }

    /// <summary>
    /// With at most one instance per length, n = 2 (two values of i) is too large: the search stops there,
    /// and the claim is Unknown with the failing case and the unsettled length, never Proved.
    /// </summary>
    [Fact]
    public void TheSearchStopsAtTheInstanceLimitAndSaysWhere()
    {
        var decision = Decide(SoftmaxIsConstant, new EngineLimits(MaxInstances: 1));
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        var unknown = Assert.IsType<Unknown>(decision.Verdict);
        Assert.StartsWith("not proved for every n: case i ∉ {0}: the reduced identity is not a formal zero;", unknown.Reason, StringComparison.Ordinal);
        Assert.Contains("no instance with n = 1..2 is refuted", unknown.Reason, StringComparison.Ordinal);
        Assert.Contains("first unsettled at n = 2: too large: 2 instances at n = 2 (EngineLimits.MaxInstances is 1)", unknown.Reason, StringComparison.Ordinal);
        Assert.Equal([1, 2], decision.Instances);
        Assert.Null(decision.Counterexample);
    }

    [Fact]
    public void TheLengthsBelowTheSplitAreDecidedAsInstances()
    {
        var decision = GeneralDeciderTests.Decide(TwoJacobianRows);
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        var proved = Assert.IsType<Proved>(decision.Verdict);
        Assert.Equal(4, decision.GeneralFrom);
        Assert.Equal([3], decision.Instances);
        Assert.EndsWith("; n = 3 decided as instances", proved.Method, StringComparison.Ordinal);
    }

    /// <summary>Every case holds from n = 4, but n = 3 has three instances and the limit is two: Unknown, with the length that could not be decided.</summary>
    [Fact]
    public void ALengthBelowTheSplitThatCannotBeDecidedLeavesTheClaimUnknown()
    {
        var decision = Decide(TwoJacobianRows, new EngineLimits(MaxInstances: 2));
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        var unknown = Assert.IsType<Unknown>(decision.Verdict);
        Assert.StartsWith("every case holds for n ≥ 4, but at n = 3: too large: 3 instances at n = 3", unknown.Reason, StringComparison.Ordinal);
        Assert.All(decision.Cases, c => Assert.IsType<Proved>(c.Verdict));
    }

    private static GeneralDecision Decide(string text, EngineLimits limits)
    {
        var claim = Assert.IsType<GeneralClaim>(ClaimParser.Parse(text).GetValueOrThrow());
        return GeneralDecider.Decide(claim, limits);
    }
}
