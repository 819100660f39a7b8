using Fractions;
using Verification.Symbolic.Canonical;

namespace Verification.Symbolic.Tests.Canonical;

/// <summary>Edge cases of exponential polynomials and their units: the zero, and what is not a polynomial or not a unit.</summary>
public class ExpPolynomialTests
{
    [Fact]
    public void ZeroPrintsZeroAndHasTheEmptyMonomialContent()
    {
        Assert.Equal("0", ExpPolynomial.Zero.ToString());
        Assert.True(ExpPolynomial.Zero.MonomialContent().IsOne);
    }

    [Fact]
    public void AnExponentialIsNotAPolynomial()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => ExpPolynomial.Exponential(Polynomial.Atom("x")).ToPolynomial());
        Assert.Equal("Not a polynomial: it has exponential terms.", refusal.Message);
    }

    [Fact]
    public void OnlyATermWithoutAtomsIsAUnit()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => FactorNormalizer.Inverse(new ExpTerm(Fraction.One, Monomial.Of("x"), Polynomial.Zero)));
        Assert.Equal("Only c·e^p terms are units.", refusal.Message);
    }
}
