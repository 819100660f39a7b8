using Fractions;
using Verification.Symbolic.Canonical;

namespace Verification.Symbolic.Tests.Canonical;

/// <summary>Polynomial arithmetic on exact rationals, every expected result expanded by hand.</summary>
public class PolynomialTests
{
    private static readonly Monomial X = Monomial.Of("x");
    private static readonly Monomial Y = Monomial.Of("y");

    private static PolynomialTerm Term(Fraction coefficient, Monomial monomial) => new(monomial, coefficient);

    [Fact]
    public void ConstantTermIsTheCoefficientOfOneOrZero()
    {
        Assert.Equal(new Fraction(3), Polynomial.FromTerms([Term(3, Monomial.One), Term(1, X)]).ConstantTerm);
        Assert.Equal(Fraction.Zero, Polynomial.Atom("x").ConstantTerm);
        Assert.Equal(Fraction.Zero, Polynomial.Zero.ConstantTerm);
    }

    [Fact]
    public void FromTermsAddsTheCoefficientsOfEqualMonomials()
    {
        // 2x + 3x + 1 − 1 = 5x.
        var merged = Polynomial.FromTerms([Term(2, X), Term(3, X), Term(1, Monomial.One), Term(-1, Monomial.One)]);
        Assert.Equal(Polynomial.FromTerms([Term(5, X)]), merged);
    }

    [Fact]
    public void ProductIsExpandedAndCollected()
    {
        // (2x + 1)(3x − 1) = 6x² − 2x + 3x − 1 = 6x² + x − 1.
        var left = Polynomial.FromTerms([Term(2, X), Term(1, Monomial.One)]);
        var right = Polynomial.FromTerms([Term(3, X), Term(-1, Monomial.One)]);
        var expected = Polynomial.FromTerms([Term(6, Monomial.Of("x", 2)), Term(1, X), Term(-1, Monomial.One)]);
        Assert.Equal(expected, left.Multiply(right));
    }

    [Fact]
    public void PartialDerivativeBringsThePowerDown()
    {
        // ∂/∂x (2x³ + x·y + y) = 6x² + y.
        var p = Polynomial.FromTerms([Term(2, Monomial.Of("x", 3)), Term(1, X.Multiply(Y)), Term(1, Y)]);
        Assert.Equal(Polynomial.FromTerms([Term(6, Monomial.Of("x", 2)), Term(1, Y)]), p.PartialDerivative("x"));
    }

    [Fact]
    public void SumOfMonomialsThatDifferOnlyInPowersKeepsBothTerms()
    {
        // x²·y + x·y² has two terms; merging them would give 2x²·y, another function.
        var sum = Polynomial.FromTerms([Term(1, Monomial.Of("x", 2).Multiply(Y))])
            .Add(Polynomial.FromTerms([Term(1, X.Multiply(Monomial.Of("y", 2)))]));
        Assert.Equal(2, sum.Terms.Length);
    }

    [Fact]
    public void TextListsTermsByDegreeWithSignsAndRationals()
    {
        Assert.Equal("0", Polynomial.Zero.ToString());

        // 3 − x/2 + x²·y: the constant first, then by degree.
        var p = Polynomial.FromTerms([Term(1, Monomial.Of("x", 2).Multiply(Y)), Term(new Fraction(-1, 2), X), Term(3, Monomial.One)]);
        Assert.Equal("3 - 1/2*x + x^2*y", p.ToString());
    }
}
