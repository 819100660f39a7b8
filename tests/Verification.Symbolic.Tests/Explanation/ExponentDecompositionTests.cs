using Fractions;
using Verification.Symbolic.Canonical;
using Verification.Symbolic.Explanation;

namespace Verification.Symbolic.Tests.Explanation;

/// <summary>
/// Exponents written as integer combinations of the outputs' arguments: e^p = Π (e^(u_b))^(n_b).
/// Every expected multiplier is solved by hand from p = Σ n_b·u_b.
/// </summary>
public class ExponentDecompositionTests
{
    private static readonly Polynomial X = Polynomial.Atom("x");
    private static readonly Polynomial Y = Polynomial.Atom("y");

    /// <summary>4x = 2·(2x): the pivot row is divided by its lead 2, right-hand side included.</summary>
    [Fact]
    public void AMultipleOfAScaledArgumentIsDividedByItsLead()
    {
        var decomposition = new ExponentDecomposition([X.Scale(2)]);

        Assert.Equal([2], Solved(decomposition, X.Scale(4)));
        Assert.Equal([-1], Solved(decomposition, X.Scale(-2)));
    }

    /// <summary>x = ½·(2x) is a combination, but not an integer one: (e^(2x))^(1/2) is no output power.</summary>
    [Fact]
    public void AFractionalMultiplierIsNotAnIntegerCombination() =>
        Assert.Null(new ExponentDecomposition([X.Scale(2)]).Solve(X));

    /// <summary>y is not in the span of x: the leftover row reads 0 = 1.</summary>
    [Fact]
    public void AnExponentOutsideTheSpanHasNoDecomposition() =>
        Assert.Null(new ExponentDecomposition([X]).Solve(Y));

    /// <summary>x − y with the basis (x, y): n = (1, −1); a second call is answered the same.</summary>
    [Fact]
    public void TwoArgumentsAreSolvedTogether()
    {
        var decomposition = new ExponentDecomposition([X, Y]);

        Assert.Equal([1, -1], Solved(decomposition, X.Subtract(Y)));
        Assert.Equal([1, -1], Solved(decomposition, X.Subtract(Y)));
        Assert.Equal([0, 3], Solved(decomposition, Y.Scale(3)));
    }

    /// <summary>
    /// With the dependent basis (x, x) the second column has no pivot once the first is eliminated, and
    /// is skipped: 2x = 2·x + 0·x.
    /// </summary>
    [Fact]
    public void ADependentArgumentGetsMultiplierZero() =>
        Assert.Equal([2, 0], Solved(new ExponentDecomposition([X, X]), X.Scale(2)));

    /// <summary>Multipliers beyond the range of int are refused, its two ends are kept.</summary>
    [Fact]
    public void MultipliersMustFitInAnInt()
    {
        var decomposition = new ExponentDecomposition([X]);

        Assert.Equal([int.MaxValue], Solved(decomposition, X.Scale(new Fraction(int.MaxValue))));
        Assert.Equal([int.MinValue], Solved(decomposition, X.Scale(new Fraction(int.MinValue))));
        Assert.Null(decomposition.Solve(X.Scale(new Fraction(int.MaxValue) + Fraction.One)));
        Assert.Null(decomposition.Solve(X.Scale(new Fraction(int.MinValue) - Fraction.One)));
    }

    private static int[] Solved(ExponentDecomposition decomposition, Polynomial exponent)
    {
        var multipliers = decomposition.Solve(exponent);
        Assert.NotNull(multipliers);
        return multipliers;
    }
}
