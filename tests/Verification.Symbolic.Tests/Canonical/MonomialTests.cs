using Verification.Symbolic.Canonical;

namespace Verification.Symbolic.Tests.Canonical;

/// <summary>Monomial arithmetic, order and text: x^a·y^b with every expected power worked out by hand.</summary>
public class MonomialTests
{
    private static readonly Monomial X = Monomial.Of("x");
    private static readonly Monomial Y = Monomial.Of("y");

    [Fact]
    public void ZerothPowerIsTheEmptyProduct() => Assert.True(Monomial.Of("x", 2).Multiply(Y).Power(0).IsOne);

    [Fact]
    public void PowerMultipliesEveryExponent()
    {
        // (x²·y)³ = x⁶·y³.
        var cube = Monomial.Of("x", 2).Multiply(Y).Power(3);
        Assert.Equal(Monomial.Of("x", 6).Multiply(Monomial.Of("y", 3)), cube);
    }

    [Fact]
    public void DividingByAHigherPowerIsRefused()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => X.DivideExactly(Monomial.Of("x", 2)));
        Assert.Equal("x^2 does not divide x.", refusal.Message);
    }

    [Fact]
    public void HigherDegreeComesLaterWhateverTheAtoms()
    {
        // Graded first: x·y has degree 2 and z degree 1, although "x" < "z".
        var xy = X.Multiply(Y);
        var z = Monomial.Of("z");
        Assert.True(xy.CompareTo(z) > 0);
        Assert.True(z.CompareTo(xy) < 0);
    }

    [Fact]
    public void MonomialsOfOneDegreeThatDifferOnlyInPowersAreOrderedStrictly()
    {
        // x²·y and x·y² have the same degree and the same atoms: only the powers tell them apart,
        // and a total order may not call two different monomials equal.
        var x2y = Monomial.Of("x", 2).Multiply(Y);
        var xy2 = X.Multiply(Monomial.Of("y", 2));
        Assert.NotEqual(0, x2y.CompareTo(xy2));
        Assert.Equal(-x2y.CompareTo(xy2), xy2.CompareTo(x2y));
    }

    [Fact]
    public void TextWritesPowersAboveOneAndOneForTheEmptyProduct()
    {
        Assert.Equal("1", Monomial.One.ToString());
        Assert.Equal("x^2*y", Monomial.Of("x", 2).Multiply(Y).ToString());
    }
}
