using Fractions;
using Verification.Symbolic.Canonical;
using Verification.Symbolic.EveryN;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.EveryN;

/// <summary>
/// A canonical polynomial written back as an expression: a negative coefficient becomes a negation or a
/// subtraction of the positive multiple, so a rest sum's body is printed −(2·x), x − 2·y, never (−2)·x.
/// </summary>
public class CanonicalToExprSignTests
{
    private static readonly CanonicalToExpr Writer = new(new CanonicalContext());

    [Fact]
    public void ALoneNegativeTermIsANegation()
    {
        var minusTwoX = Polynomial.Atom("x").Scale(new Fraction(-2));
        Assert.Equal(new Negate(new Multiply(new Constant(2), new Symbol("x"))), Writer.Polynomial(minusTwoX));
    }

    [Fact]
    public void ALaterNegativeTermIsSubtracted()
    {
        var xMinusTwoY = Polynomial.Atom("x").Add(Polynomial.Atom("y").Scale(new Fraction(-2)));
        Assert.Equal(new Subtract(new Symbol("x"), new Multiply(new Constant(2), new Symbol("y"))), Writer.Polynomial(xMinusTwoY));
    }
}
