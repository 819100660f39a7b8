using Verification.Symbolic.Explanation;
using Verification.Symbolic.Expressions;

using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Explanation;

/// <summary>
/// Results in the outputs whose shape is fixed by the writer's rules, each worked out by hand: other
/// symbols before outputs, each output before its complement, negative powers below the bar, a numeric
/// factor in front, a polynomial grouped by its output monomials with a constant term first.
/// </summary>
public class OutputFormResultTests
{
    /// <summary>
    /// 1/σ = 1 + e^(−x): the terms carry σ^0 and σ^(−1)(1 − σ), so σ^(−1) is common and the rest is
    /// σ + (1 − σ) = 1. 1/(1 + σ) = (1 + e^x)/(1 + 2e^x): the (1 − σ)^(−1) of both cancels, leaving 1 over 1 + σ.
    /// The others are written as the writer writes them: y before σ, 2 in front, the all-negative −σ − σ²
    /// as −(σ·(1 + σ)), the group σ·(y − z) after the constant, σ0 and 1 − σ0 before σ1. s0 − s1 is
    /// (s0 − s1)/(s0 + s1) after S cancels, and the denominator, a whole simplex sum, is 1 (eliminating
    /// s0 or s1 instead gives the longer 1 − 2·s1 or 2·s0 − 1).
    /// </summary>
    [Theory]
    [InlineData("1 / sigmoid(x)")]
    [InlineData("1 / (1 + sigmoid(x))")]
    [InlineData("y * sigmoid(x)")]
    [InlineData("2 * sigmoid(x)")]
    [InlineData("-(sigmoid(x) * (1 + sigmoid(x)))")]
    [InlineData("1 + sigmoid(x) * (y - z)")]
    [InlineData("1 - sigmoid(x) * (y + z)")]
    [InlineData("sigmoid(x) * (1 - sigmoid(x)) * sigmoid(y) * (1 - sigmoid(y))")]
    [InlineData("softmax([a, b], 0) - softmax([a, b], 1)")]
    public void AFormAlreadyShortestInTheOutputsIsItsOwnResult(string expression)
    {
        var explanation = Explainer.Explain(ParseExpr(expression));

        Assert.True(explanation.ResultInOutputs, explanation.Note);
        Assert.Equal(ParseExpr(expression), explanation.Result);
    }

    /// <summary>
    /// 2·s0 + s1 (5 nodes) on the simplex: eliminating s0 = 1 − s1 gives 2 − s1, eliminating s1 = 1 − s0
    /// gives 1 + s0, both 3 nodes; the tie goes to the candidate made first, s0 eliminated.
    /// </summary>
    [Fact]
    public void AmongEquallyShortFormsTheFirstMadeWins()
    {
        var explanation = Explainer.Explain(ParseExpr("2 * softmax([a, b], 0) + softmax([a, b], 1)"));

        Assert.Equal(ParseExpr("2 - softmax([a, b], 1)"), explanation.Result);
    }

    /// <summary>s0 + s1 − 1 = (e^a + e^b − S)/S is 0: the result is the number 0, in the outputs.</summary>
    [Fact]
    public void ASumToOneMinusOneIsZero()
    {
        var explanation = Explainer.Explain(ParseExpr("softmax([a, b], 0) + softmax([a, b], 1) - 1"));

        Assert.True(explanation.ResultInOutputs, explanation.Note);
        Assert.Equal(Constant.Zero, explanation.Result);
    }

    /// <summary>
    /// s0·t0·e^a/e^c = e^(2a)/(S·T) = s0²·S/T with e^a = s0·S: it carries S¹ and T⁻¹, neither denominator
    /// cancels, so there is no form in the outputs (even though the two powers would, added together).
    /// </summary>
    [Fact]
    public void EachSoftmaxDenominatorMustCancelOnItsOwn()
    {
        var explanation = Explainer.Explain(ParseExpr("softmax([a, b], 0) * softmax([c, d], 0) * exp(a) / exp(c)"));

        Assert.False(explanation.ResultInOutputs);
        Assert.StartsWith("the softmax denominator S = Σ e^(z_k) of [a, b] does not cancel", explanation.Form.NoOutputReason, StringComparison.Ordinal);
    }

    /// <summary>log(S) + x keeps a logarithm next to an ordinary symbol: no rational function of the outputs.</summary>
    [Fact]
    public void ALogarithmBesideOtherAtomsLeavesNoOutputForm()
    {
        var explanation = Explainer.Explain(ParseExpr("logsumexp([a, b]) + x"));

        Assert.False(explanation.ResultInOutputs);
        Assert.Equal("a logarithm remains (the expression is not a rational function of the outputs)", explanation.Form.NoOutputReason);
    }

    /// <summary>
    /// σ(x) + e^y: e^y is no integer combination of x, neither in the tree nor in the exponential form,
    /// so nothing is substituted and the result stays in exponentials.
    /// </summary>
    [Fact]
    public void AnExponentialOutsideTheOutputsLeavesNoOutputForm()
    {
        var explanation = Explainer.Explain(ParseExpr("sigmoid(x) + exp(y)"));

        Assert.False(explanation.ResultInOutputs);
        Assert.Null(explanation.Form.Substituted);
        Assert.Equal("the exponential e^(y) is not an integer combination of the outputs' arguments", explanation.Form.NoOutputReason);
    }

    /// <summary>
    /// s0 + e^a = (e^a + e^a·S)/S: its numerator's terms carry S¹ (e^a = s0·S) and S² (e^a·e^a = s0²·S²),
    /// so no single power of S comes out of the numerator and S cannot cancel.
    /// </summary>
    [Fact]
    public void TermsWithDifferentPowersOfTheSoftmaxDenominatorLeaveNoOutputForm()
    {
        var explanation = Explainer.Explain(ParseExpr("softmax([a, b], 0) + exp(a)"));

        Assert.False(explanation.ResultInOutputs);
        Assert.StartsWith("the terms carry different powers of the softmax denominator S = Σ e^(z_k)", explanation.Form.NoOutputReason, StringComparison.Ordinal);
    }
}
