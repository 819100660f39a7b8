using Verification.Symbolic.Calculus;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Calculus;

/// <summary>
/// What the calculus entry points refuse, and how: a null argument names its parameter, and a malformed
/// named function (no logits, an index past the end, targets that do not match the logits) says what is wrong.
/// </summary>
public class CalculusRefusalsTests
{
    private static readonly Symbol X = new("x");
    private static readonly Symbol Y = new("y");

    [Fact]
    public void UnfoldingNothingIsRefusedByName() =>
        Assert.Equal("namedFunction", Assert.Throws<ArgumentNullException>(() => Definitions.Unfold(null!)).ParamName);

    [Fact]
    public void ExpandingNothingIsRefusedByName() =>
        Assert.Equal("expression", Assert.Throws<ArgumentNullException>(() => Definitions.Expand(null!)).ParamName);

    [Fact]
    public void DifferentiatingNothingIsRefusedByName() =>
        Assert.Equal("expression", Assert.Throws<ArgumentNullException>(() => Differentiator.DifferentiateWithTrace(null!, X)).ParamName);

    [Fact]
    public void DifferentiatingByNoVariableIsRefusedByName() =>
        Assert.Equal("variable", Assert.Throws<ArgumentNullException>(() => Differentiator.DifferentiateWithTrace(X, null!)).ParamName);

    // With no variables (or no functions) nothing would be differentiated, so only the checks themselves can refuse.
    [Fact]
    public void AGradientOfNothingIsRefusedByName() =>
        Assert.Equal("function", Assert.Throws<ArgumentNullException>(() => VectorCalculus.Gradient(null!, [])).ParamName);

    [Fact]
    public void AGradientOverNoVariablesIsRefusedByName() =>
        Assert.Equal("variables", Assert.Throws<ArgumentNullException>(() => VectorCalculus.Gradient(X, null!)).ParamName);

    [Fact]
    public void AJacobianOfNothingIsRefusedByName() =>
        Assert.Equal("functions", Assert.Throws<ArgumentNullException>(() => VectorCalculus.Jacobian(null!, [X])).ParamName);

    [Fact]
    public void AJacobianOverNoVariablesIsRefusedByName() =>
        Assert.Equal("variables", Assert.Throws<ArgumentNullException>(() => VectorCalculus.Jacobian([], null!)).ParamName);

    [Fact]
    public void AnExpressionThatIsNotANamedFunctionHasNoDefinitionAndNoName()
    {
        var unfold = Assert.Throws<ArgumentException>(() => Definitions.Unfold(new Exp(X)));
        Assert.Equal("namedFunction", unfold.ParamName);
        Assert.Contains("is not a named function", unfold.Message, StringComparison.Ordinal);

        var name = Assert.Throws<ArgumentException>(() => Definitions.NameOf(new Exp(X)));
        Assert.Equal("namedFunction", name.ParamName);
        Assert.Contains("is not a named function", name.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KroneckerDeltaIsNamedInFull() =>
        Assert.Equal("Kronecker delta", Definitions.NameOf(new KroneckerDelta(0, 1)));

    [Fact]
    public void ASoftmaxIndexPastTheLogitsIsRefusedWithTheIndexAndTheCount()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Definitions.Unfold(new Softmax(new ExprList(X, Y), 2)));
        Assert.Equal("index", error.ParamName);
        Assert.Contains("Index 2 is outside the 2 logits", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASoftmaxFamilyFunctionWithoutLogitsIsRefused()
    {
        var logSumExp = Assert.Throws<ArgumentException>(() => Definitions.Unfold(new LogSumExp(new ExprList())));
        Assert.Equal("logits", logSumExp.ParamName);
        Assert.Contains("at least one logit", logSumExp.Message, StringComparison.Ordinal);

        var crossEntropy = Assert.Throws<ArgumentException>(() => Definitions.Unfold(new CrossEntropy(new ExprList(), new ExprList())));
        Assert.Equal("logits", crossEntropy.ParamName);
        Assert.Contains("at least one logit", crossEntropy.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CrossEntropyWithMoreTargetsThanLogitsIsRefusedWithBothCounts()
    {
        var error = Assert.Throws<ArgumentException>(() => Definitions.Unfold(new CrossEntropy(new ExprList(X, Y), new ExprList(Expr.Number(1, 3), Expr.Number(1, 3), Expr.Number(1, 3)))));
        Assert.Equal("targets", error.ParamName);
        Assert.Contains("2 logits but 3 targets", error.Message, StringComparison.Ordinal);
    }
}
