using Fractions;
using Verification.Symbolic.Canonical;
using Verification.Symbolic.Explanation;

namespace Verification.Symbolic.Tests.Explanation;

/// <summary>The polynomial helpers of the output forms, each expected value expanded by hand.</summary>
public class PolynomialAlgebraTests
{
    private static readonly Polynomial A = Polynomial.Atom("a");
    private static readonly Polynomial B = Polynomial.Atom("b");
    private static readonly Polynomial One = PolynomialAlgebra.One;

    /// <summary>1 − a² = (1 − a)·(1 + a): synthetic division through degree 2 with a constant term.</summary>
    [Fact]
    public void OneMinusASquaredIsOneMinusATimesOnePlusA() =>
        Assert.Equal(One.Add(A), PolynomialAlgebra.DivideByComplement(One.Subtract(PolynomialAlgebra.Power(A, 2)), "a"));

    /// <summary>b − a³b = (1 − a)·(b + ab + a²b): the other atom rides along in the coefficients.</summary>
    [Fact]
    public void TheOtherAtomsRideAlong()
    {
        var value = B.Subtract(PolynomialAlgebra.Power(A, 3).Multiply(B));
        var expected = B.Add(A.Multiply(B)).Add(PolynomialAlgebra.Power(A, 2).Multiply(B));

        Assert.Equal(expected, PolynomialAlgebra.DivideByComplement(value, "a"));
    }

    /// <summary>
    /// No quotient for 0 or a polynomial free of a (degree 0 in a), nor for 1 + a (value 2 at a = 1).
    /// For 0 a quotient would let the factoring loop divide forever.
    /// </summary>
    [Fact]
    public void WithoutAPowerOfTheAtomOrWithARemainderThereIsNoQuotient()
    {
        Assert.Null(PolynomialAlgebra.DivideByComplement(Polynomial.Zero, "a"));
        Assert.Null(PolynomialAlgebra.DivideByComplement(B, "a"));
        Assert.Null(PolynomialAlgebra.DivideByComplement(One.Add(A), "a"));
    }

    /// <summary>(a·b + a²)[a := 1 − b] = (1 − b)·b + (1 − b)² = 1 − b.</summary>
    [Fact]
    public void SubstitutionReplacesEveryPowerOfTheAtom()
    {
        var value = A.Multiply(B).Add(PolynomialAlgebra.Power(A, 2));

        Assert.Equal(One.Subtract(B), PolynomialAlgebra.Substitute(value, "a", One.Subtract(B)));
        Assert.Equal(B.Scale(2), PolynomialAlgebra.Substitute(B.Scale(2), "a", One));
    }

    /// <summary>gcd(a²b, ab³) = ab; the content of 0 is 1.</summary>
    [Fact]
    public void TheContentIsTheGreatestCommonMonomial()
    {
        var value = PolynomialAlgebra.Power(A, 2).Multiply(B).Add(A.Multiply(PolynomialAlgebra.Power(B, 3)).Scale(new Fraction(3)));

        Assert.Equal(Monomial.Of("a").Multiply(Monomial.Of("b")), PolynomialAlgebra.Content(value));
        Assert.Equal(Monomial.One, PolynomialAlgebra.Content(Polynomial.Zero));
    }
}
