using Fractions;
using Verification.Symbolic.Evaluation;

namespace Verification.Symbolic.Tests.Evaluation;

/// <summary>
/// Every comparison operator, equality and the helpers built on them (Max, Abs), on both sides of the boundary
/// and at it: refutations and enclosures decide on these answers.
/// </summary>
public class HighPrecisionRealComparisonTests
{
    private static HighPrecisionReal Q(long numerator, long denominator = 1) =>
        HighPrecisionReal.FromFraction(new Fraction(numerator, denominator), 64);

    [Theory]
    [InlineData(2, 5, -1)]
    [InlineData(5, 5, 0)]
    [InlineData(5, 2, 1)]
    [InlineData(-5, -2, -1)]
    [InlineData(-2, -5, 1)]
    public void OperatorsAgreeWithTheOrderOfTheValues(long left, long right, int order)
    {
        var a = Q(left);
        var b = Q(right);
        Assert.Equal(order, a.CompareTo(b));
        Assert.Equal(order < 0, a < b);
        Assert.Equal(order <= 0, a <= b);
        Assert.Equal(order > 0, a > b);
        Assert.Equal(order >= 0, a >= b);
        Assert.Equal(order == 0, a == b);
        Assert.Equal(order != 0, a != b);
    }

    [Fact]
    public void NumbersWithTheSameLeadingBitAreOrderedByTheirLowerBits()
    {
        // 5/8 = 101b·2^−3, 3/4 = 11b·2^−2 and 7/8 = 111b·2^−3 all lie in [1/2, 1): only the aligned mantissas
        // 101b < 110b < 111b decide.
        Assert.Equal(-1, Q(5, 8).CompareTo(Q(3, 4)));
        Assert.Equal(1, Q(7, 8).CompareTo(Q(3, 4)));
        Assert.Equal(1, Q(3, 4).CompareTo(Q(5, 8)));
        Assert.Equal(-1, Q(-7, 8).CompareTo(Q(-3, 4)));
        Assert.Equal(1, Q(-5, 8).CompareTo(Q(-3, 4)));
    }

    [Fact]
    public void EqualityNeedsBothMantissaAndExponentToMatch()
    {
        // 1 and 3 share the exponent 0; 1 and 2 share the mantissa 1.
        Assert.NotEqual(Q(1), Q(3));
        Assert.NotEqual(Q(1), Q(2));
        Assert.False(Q(1).Equals(Q(2)));
        Assert.True(Q(3).Equals((object)HighPrecisionReal.FromInteger(3, 500)));
        Assert.False(Q(3).Equals((object)Q(2)));
        Assert.False(Q(3).Equals("3"));
    }

    [Fact]
    public void MaxAndAbsPickTheRightValue()
    {
        Assert.Equal(Q(5), HighPrecisionReal.Max(Q(2), Q(5)));
        Assert.Equal(Q(5), HighPrecisionReal.Max(Q(5), Q(2)));
        Assert.Equal(Q(-1), HighPrecisionReal.Max(Q(-3), Q(-1)));
        Assert.Equal(Q(3), HighPrecisionReal.Abs(Q(-3)));
        Assert.Equal(Q(3), HighPrecisionReal.Abs(Q(3)));
        Assert.Equal(Q(0), HighPrecisionReal.Abs(Q(0)));
    }
}
