using System.Collections.Immutable;
using System.Globalization;
using Verification.Symbolic.Decision;
using Verification.Symbolic.EveryN;
using Verification.Symbolic.Expressions.Indexed;

namespace Verification.Symbolic.Tests.EveryN;

/// <summary>
/// The case split on equality patterns: every assignment of the free indices falls in exactly one case,
/// each case is described as a reader would say it, and a proof lists its cases and the lengths it
/// decided as instances.
/// </summary>
public class CaseSplitTests(ITestOutputHelper output)
{
    public static TheoryData<string[], string[], string[]> Patterns => new()
    {
        { [], [], ["every n"] },
        { ["i"], [], ["every i"] },
        { ["i", "j"], [], ["i = j", "i ≠ j"] },
        { ["i"], ["n-1"], ["n-1 = i", "i ∉ {n-1}"] },

        // Two indices and one fixed position: the five set partitions of {i, j, 0} that keep 0 alone or joined.
        { ["i", "j"], ["0"], ["0 = i, 0 = j", "0 = i, j ∉ {0}", "0 = j, i ∉ {0}", "i = j, i ∉ {0}", "i ≠ j, i, j ∉ {0}"] },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void EachEqualityPatternIsOneCase(string[] variables, string[] anchors, string[] expected)
    {
        var named = anchors.Select(a => new NamedIndex(a, a == "n-1" ? new IndexFromEnd("n", 1) : new IndexConstant(int.Parse(a, CultureInfo.InvariantCulture)))).ToList();
        var cases = IndexCase.All(variables, named).Select(c => c.Description).ToList();
        Assert.Equal(expected, cases);
    }

    /// <summary>A proof names its cases (J_{0j} = s₀(δ_{0j} − s_j): j = 0 or j ≠ 0) and, with no length below the fixed positions, no instances.</summary>
    [Fact]
    public void AProofListsItsCases()
    {
        var decision = GeneralDeciderTests.Decide("for all n >= 1, j in 0..n-1: diff(softmax(z, 0), z[j]) == softmax(z, 0) * (delta(0, j) - softmax(z, j))");
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        var proved = Assert.IsType<Proved>(decision.Verdict);
        Assert.Contains("holds for every n ≥ 1, a formal zero in each case (0 = j; j ∉ {0})", proved.Method, StringComparison.Ordinal);
        Assert.EndsWith("an independent symbol", proved.Method, StringComparison.Ordinal);
        Assert.DoesNotContain("instances", proved.Method, StringComparison.Ordinal);
        Assert.Empty(decision.Instances);

        // The work of the proof is the work of its cases together.
        Assert.Equal(decision.Cases.Sum(c => Assert.IsType<Proved>(c.Verdict).Work), proved.Work);
        Assert.All(decision.Cases, c => Assert.True(((Proved)c.Verdict).Work > 0, c.Case));
    }

    /// <summary>
    /// S − Σ_{k=2}^{n−2} e^{z_k} = S·(1 − Σ_{k=2}^{n−2} s_k) with S = Σ_k e^{z_k}: the range 2..n−2 leaves out
    /// 0, 1 and n − 1, distinct from n = 3 on; n = 1 and n = 2 (where the range is empty) are instances.
    /// </summary>
    [Fact]
    public void LengthsBelowTheSplitAreListedAsInstances()
    {
        var decision = GeneralDeciderTests.Decide("for all n >= 1: sum(k in 0..n-1: exp(z[k])) - sum(k in 2..n-2: exp(z[k])) == sum(k in 0..n-1: exp(z[k])) * (1 - sum(k in 2..n-2: softmax(z, k)))");
        output.WriteLine(GeneralDeciderTests.Describe(decision));
        var proved = Assert.IsType<Proved>(decision.Verdict);
        Assert.Equal(3, decision.GeneralFrom);
        Assert.Equal([1, 2], decision.Instances);
        Assert.EndsWith("; n = 1, 2 decided as instances", proved.Method, StringComparison.Ordinal);
    }

    /// <summary>With i and j both free, J_ij = s_i(δ_ij − s_j) is argued on the diagonal and off it.</summary>
    [Fact]
    public void TheJacobianIsArguedOnAndOffTheDiagonal()
    {
        var decision = GeneralDeciderTests.Decide("for all n >= 1, i, j in 0..n-1: diff(softmax(z, i), z[j]) == softmax(z, i) * (delta(i, j) - softmax(z, j))");
        Assert.IsType<Proved>(decision.Verdict);
        Assert.Equal(["i = j", "i ≠ j"], decision.Cases.Select(c => c.Case));
        Assert.Equal([1, 2], decision.Cases.Select(c => c.NamedCount));
        Assert.Equal(ImmutableArray<int>.Empty, decision.Instances);
    }

    /// <summary>
    /// Four free indices against eight fixed positions (0..7) make more than 2000 equality patterns (each
    /// index may join any of the 8 positions, any earlier class, or none): the split stops there, and only
    /// the instances at the least n are decided.
    /// </summary>
    [Fact]
    public void TooManyEqualityPatternsAreNotSplit()
    {
        var decision = GeneralDeciderTests.Decide("for all n >= 8, i, j, k, l in 0..n-1: sum(m in 0..7: z[m]) + z[i] * z[j] + z[k] * z[l] == z[l] * z[k] + z[j] * z[i] + sum(m in 0..7: z[m])");
        var unknown = Assert.IsType<Unknown>(decision.Verdict);
        Assert.Contains("too large: more than 2000 cases of equal indices", unknown.Reason, StringComparison.Ordinal);
        Assert.EndsWith("every instance with n = 8 is proved", unknown.Reason, StringComparison.Ordinal);
        Assert.Equal(2000, decision.Cases.Length);
    }
}
