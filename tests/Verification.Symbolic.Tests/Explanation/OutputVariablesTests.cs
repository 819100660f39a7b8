using Verification.Symbolic.Explanation;
using Verification.Symbolic.Expressions;

using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Explanation;

/// <summary>Which outputs an expression is written in: only those whose arguments are polynomials in the symbols.</summary>
public class OutputVariablesTests
{
    /// <summary>
    /// The logit log(x) + z is no polynomial (it holds a logarithm), so no e^p can be written in this
    /// softmax: the vector is skipped, nothing else names an output, and x·e^z/(x·e^z + e^y) stays in exponentials.
    /// </summary>
    [Fact]
    public void ASoftmaxWithALogitThatIsNoPolynomialIsNotAnOutput()
    {
        var explanation = Explainer.Explain(ParseExpr("softmax([log(x) + z, y], 0)"));

        Assert.Empty(explanation.Form.Outputs);
        Assert.False(explanation.ResultInOutputs);
        Assert.StartsWith("the exponential e^(", explanation.Form.NoOutputReason, StringComparison.Ordinal);
        Assert.EndsWith(") is not an integer combination of the outputs' arguments", explanation.Form.NoOutputReason, StringComparison.Ordinal);
    }

    /// <summary>σ(x) and σ(y) are two outputs; σ(−x) is σ(x)'s (its exponent is −x), not a third.</summary>
    [Fact]
    public void EachSigmoidArgumentUpToSignIsOneOutput() =>
        Assert.Equal(
            [ParseExpr("sigmoid(x)"), ParseExpr("sigmoid(y)")],
            Explainer.Explain(ParseExpr("sigmoid(x) * sigmoid(y) * sigmoid(-x)")).Form.Outputs);

}
