using System.Collections.Immutable;
using System.Numerics;
using Fractions;
using Verification.Symbolic.EveryN;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.EveryN;

/// <summary>
/// The exact value of an eliminated symbol at a point (HypothesisElimination.Complete): powers with
/// exponents up to 64 are computed, 0 to a negative power and division by 0 are undefined (null).
/// </summary>
public class EliminatedValueTests
{
    private static readonly Symbol X = new("x");
    private static readonly Symbol S = new("s");

    private static Fraction? ValueAt(Expr value, Fraction x)
    {
        var point = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, Fraction>("x", x)]);
        var completed = HypothesisElimination.Complete(point, [new Elimination(S, value)]);
        return completed?["s"];
    }

    [Fact]
    public void PowersOfZeroWithANonNegativeExponentAreDefined()
    {
        Assert.Equal(Fraction.Zero, ValueAt(new Power(X, 2), Fraction.Zero));
        Assert.Equal(Fraction.One, ValueAt(new Power(X, 0), Fraction.Zero));
    }

    [Fact]
    public void NegativePowersAreReciprocalsExceptOfZero()
    {
        Assert.Equal(new Fraction(1, 2), ValueAt(new Power(X, -1), new Fraction(2)));
        Assert.Null(ValueAt(new Power(X, -1), Fraction.Zero));
    }

    [Fact]
    public void ExponentsUpToSixtyFourAreComputedExactly()
    {
        // 2^64 and 2^-64, computed independently with BigInteger; 65 is past the limit.
        Assert.Equal(new Fraction(BigInteger.Pow(2, 64)), ValueAt(new Power(X, 64), new Fraction(2)));
        Assert.Equal(new Fraction(BigInteger.One, BigInteger.Pow(2, 64)), ValueAt(new Power(X, -64), new Fraction(2)));
        Assert.Null(ValueAt(new Power(X, 65), new Fraction(2)));
    }

    [Fact]
    public void DivisionByZeroIsUndefined()
    {
        Assert.Null(ValueAt(new Divide(1, X), Fraction.Zero));
        Assert.Equal(new Fraction(1, 3), ValueAt(new Divide(1, X), new Fraction(3)));
    }
}
