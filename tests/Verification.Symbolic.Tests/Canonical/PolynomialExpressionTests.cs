using Fractions;
using Verification.Symbolic.Canonical;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Canonical;

/// <summary>A canonical polynomial back as an expression tree: signs, coefficients and powers kept.</summary>
public class PolynomialExpressionTests
{
    [Fact]
    public void SignsCoefficientsAndPowersSurviveTheWayBack()
    {
        // −2 − 3y + x²: the first term negated, the later negative one subtracted, the coefficient 1 elided.
        var p = Polynomial.FromTerms(
        [
            new PolynomialTerm(Monomial.One, -2),
            new PolynomialTerm(Monomial.Of("y"), -3),
            new PolynomialTerm(Monomial.Of("x", 2), 1),
        ]);
        var x = new Symbol("x");
        var y = new Symbol("y");
        Expr expected = new Add(
            new Subtract(new Negate(new Constant(new Fraction(2))), new Multiply(new Constant(new Fraction(3)), y)),
            new Power(x, 2));
        Assert.Equal(expected, PolynomialExpression.ToExpr(p));
    }

    [Fact]
    public void NullIsRefusedByName() =>
        Assert.Equal("polynomial", Assert.Throws<ArgumentNullException>(() => PolynomialExpression.ToExpr(null!)).ParamName);
}
