using Verification.Symbolic.Explanation;
using Verification.Symbolic.Expressions;

using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Explanation;

/// <summary>The short names of printed derivations: σ (σ0, σ1 for several), s/S, t/T, u/U per softmax vector, none beyond three.</summary>
public class AbbreviationsTests
{
    [Fact]
    public void OneSigmoidIsSigmaAndSeveralAreNumbered()
    {
        Assert.Equal([("σ", "sigmoid(x)")], Where("sigmoid(x) * sigmoid(-x)"));
        Assert.Equal([("σ0", "sigmoid(x)"), ("σ1", "sigmoid(y)")], Where("sigmoid(x) * sigmoid(y)"));
    }

    /// <summary>Each softmax vector gets the next letter pair, its components k and its denominator Σ e^(z_k).</summary>
    [Fact]
    public void EachSoftmaxVectorGetsTheNextLetters()
    {
        Assert.Equal(
            [
                ("s0", "softmax([a, b], 0)"), ("s1", "softmax([a, b], 1)"), ("S", "exp(a) + exp(b)"),
                ("t0", "softmax([c, d], 0)"), ("t1", "softmax([c, d], 1)"), ("T", "exp(c) + exp(d)"),
                ("u0", "softmax([e, f], 0)"), ("u1", "softmax([e, f], 1)"), ("U", "exp(e) + exp(f)"),
            ],
            Where("softmax([a, b], 0) * softmax([c, d], 0) * softmax([e, f], 0)"));
    }

    [Fact]
    public void AFourthSoftmaxVectorLeavesEverythingUnnamed() =>
        Assert.Empty(Where("softmax([a, b], 0) * softmax([c, d], 0) * softmax([e, f], 0) * softmax([g, h], 0)"));

    [Fact]
    public void NullIsRefused()
    {
        var names = Abbreviations.For(Explainer.Explain(ParseExpr("sigmoid(x)")));

        Assert.Throws<ArgumentNullException>(() => Abbreviations.For(null!));
        Assert.Throws<ArgumentNullException>(() => names.Apply(null!));
    }

    private static List<(string Name, string Meaning)> Where(string expression)
    {
        var names = Abbreviations.For(Explainer.Explain(ParseExpr(expression)));
        return [.. names.Where.Select(static w => (w.Name.Name, w.Meaning.ToString()))];
    }
}
