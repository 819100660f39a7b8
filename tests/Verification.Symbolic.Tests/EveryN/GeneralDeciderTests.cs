using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.EveryN;
using Verification.Symbolic.Parsing;

namespace Verification.Symbolic.Tests.EveryN;

/// <summary>Claims about every length n, decided from claim text as a user types them.</summary>
public class GeneralDeciderTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("for all n >= 1, i, j in 0..n-1: diff(softmax(z, i), z[j]) == softmax(z, i) * (delta(i, j) - softmax(z, j))")]
    [InlineData("for all n >= 1: sum(i in 0..n-1: softmax(z, i)) == 1")]
    [InlineData("for all n >= 1, j in 0..n-1: diff(cross_entropy(z, y), z[j]) == softmax(z, j) - y[j] where sum(k in 0..n-1: y[k]) == 1")]
    [InlineData("for all n >= 1, j in 0..n-1: sum(i in 0..n-1: g[i] * diff(softmax(z, i), z[j])) == softmax(z, j) * (g[j] - sum(i in 0..n-1: softmax(z, i) * g[i]))")]
    [InlineData("for all n >= 1, i in 0..n-1: softmax(z + c, i) == softmax(z, i)")]
    [InlineData("for all n >= 2, i in 0..n-1: log_softmax(z, i) == z[i] - logsumexp(z)")]
    public void IssueExamplesAreProvedForEveryN(string text)
    {
        var decision = Decide(text);
        output.WriteLine(Describe(decision));
        Assert.IsType<Proved>(decision.Verdict);
    }

    [Theory]
    [InlineData("for all n >= 1, i, j in 0..n-1: diff(softmax(z, i), z[j]) == softmax(z, i) * (delta(i, j) + softmax(z, j))")]
    [InlineData("for all n >= 2: softmax(z, 0) == sigmoid(z[0] - z[1])")]
    [InlineData("for all n >= 2: sum(i in 0..n-2: softmax(z, i)) == 1")]
    public void FalseClaimsAreRefutedAtAConcreteN(string text)
    {
        var decision = Decide(text);
        output.WriteLine(Describe(decision));
        Assert.IsType<Refuted>(decision.Verdict);
        Assert.NotNull(decision.Counterexample);
    }

    internal static GeneralDecision Decide(string text)
    {
        var claim = Assert.IsType<GeneralClaim>(ClaimParser.Parse(text).GetValueOrThrow());
        return GeneralDecider.Decide(claim);
    }

    internal static string Describe(GeneralDecision decision) =>
        $"{decision.Verdict}\n" + string.Join("\n", decision.Cases.Select(c => $"  case {c.Case}: {c.Reduced?.Left} == {c.Reduced?.Right}  [{string.Join(", ", c.RestSums.Select(r => $"{r.Symbol} = Σ {r.Body}"))}] → {c.Verdict}"))
        + (decision.Counterexample is { } x ? $"\n  counterexample n = {x.Size}, {string.Join(", ", x.Indices)}: {x.Instance.Left} == {x.Instance.Right}" : string.Empty);
}
