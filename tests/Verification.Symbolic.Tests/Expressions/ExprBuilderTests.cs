using Fractions;
using Verification.Symbolic.Calculus;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Expressions;

public class ExprBuilderTests
{
    private static readonly Symbol X = new("x");
    private static readonly Expr U = new Exp(X);

    [Fact]
    public void MultiplicationByZeroOrOneDisappears()
    {
        Assert.Equal(Constant.Zero, ExprBuilder.Multiply(0, U));
        Assert.Equal(Constant.Zero, ExprBuilder.Multiply(U, 0));
        Assert.Equal(U, ExprBuilder.Multiply(1, U));
        Assert.Equal(U, ExprBuilder.Multiply(U, 1));
        Assert.Equal(new Multiply(2, U), ExprBuilder.Multiply(2, U));
    }

    [Fact]
    public void AddingOrSubtractingZeroDisappears()
    {
        Assert.Equal(U, ExprBuilder.Add(U, 0));
        Assert.Equal(U, ExprBuilder.Add(0, U));
        Assert.Equal(U, ExprBuilder.Subtract(U, 0));
        Assert.Equal(new Negate(U), ExprBuilder.Subtract(0, U));
        Assert.Equal(new Subtract(U, X), ExprBuilder.Subtract(U, X));
    }

    [Fact]
    public void ConstantsFold()
    {
        Assert.Equal(new Constant(new Fraction(5, 6)), ExprBuilder.Add(Expr.Number(1, 2), Expr.Number(1, 3)));
        Assert.Equal(new Constant(new Fraction(1, 6)), ExprBuilder.Subtract(Expr.Number(1, 2), Expr.Number(1, 3)));
        Assert.Equal(new Constant(new Fraction(1, 6)), ExprBuilder.Multiply(Expr.Number(1, 2), Expr.Number(1, 3)));
        Assert.Equal(new Constant(new Fraction(3, 2)), ExprBuilder.Divide(Expr.Number(1, 2), Expr.Number(1, 3)));
        Assert.Equal(new Constant(new Fraction(-2, 3)), ExprBuilder.Negate(Expr.Number(2, 3)));
        Assert.Equal(new Constant(new Fraction(9, 4)), ExprBuilder.Power(Expr.Number(2, 3), -2));
    }

    [Fact]
    public void UndefinedConstantOperationsAreNotFolded()
    {
        Assert.Equal(new Divide(1, 0), ExprBuilder.Divide(1, 0));
        Assert.Equal(new Power(0, -1), ExprBuilder.Power(0, -1));
    }

    [Fact]
    public void OtherLocalCleanups()
    {
        Assert.Equal(U, ExprBuilder.Power(U, 1));
        Assert.Equal(new Power(U, 0), ExprBuilder.Power(U, 0));
        Assert.Equal(U, ExprBuilder.Negate(new Negate(U)));
        Assert.Equal(U, ExprBuilder.Divide(U, 1));
        Assert.Equal(new Divide(0, U), ExprBuilder.Divide(0, U));
    }

    [Fact]
    public void SumsFoldFromTheLeft()
    {
        Assert.Equal(Constant.Zero, ExprBuilder.Sum([]));
        Assert.Equal(new Add(new Add(X, U), new Symbol("y")), ExprBuilder.Sum([X, U, new Symbol("y")]));
        Assert.Equal(X, ExprBuilder.Sum([0, X, 0]));
    }

    [Fact]
    public void SimplifyLooksOnlyAtTheTopNode()
    {
        Assert.Equal(U, ExprBuilder.Simplify(new Multiply(1, U)));
        var nested = new Exp(new Multiply(1, X));
        Assert.Same(nested, ExprBuilder.Simplify(nested));
    }

    // Without the check a null operand would be wrapped into a node (new Add(null, x)) and fail far away.
    private static readonly Dictionary<string, Action> CallsWithANullOperand = new()
    {
        ["Add(null, x)"] = () => ExprBuilder.Add(null!, X),
        ["Add(x, null)"] = () => ExprBuilder.Add(X, null!),
        ["Subtract(null, x)"] = () => ExprBuilder.Subtract(null!, X),
        ["Subtract(x, null)"] = () => ExprBuilder.Subtract(X, null!),
        ["Multiply(null, x)"] = () => ExprBuilder.Multiply(null!, X),
        ["Multiply(x, null)"] = () => ExprBuilder.Multiply(X, null!),
        ["Divide(null, x)"] = () => ExprBuilder.Divide(null!, X),
        ["Divide(x, null)"] = () => ExprBuilder.Divide(X, null!),
    };

    [Theory]
    [InlineData("Add(null, x)", "left")]
    [InlineData("Add(x, null)", "right")]
    [InlineData("Subtract(null, x)", "left")]
    [InlineData("Subtract(x, null)", "right")]
    [InlineData("Multiply(null, x)", "left")]
    [InlineData("Multiply(x, null)", "right")]
    [InlineData("Divide(null, x)", "numerator")]
    [InlineData("Divide(x, null)", "denominator")]
    public void AMissingOperandIsRefusedByName(string call, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentNullException>(CallsWithANullOperand[call]).ParamName);
}
