using System.Numerics;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Expressions;

public class ExprTests
{
    [Theory]
    [InlineData(2, 4, 1, 2)]
    [InlineData(6, -4, -3, 2)]
    [InlineData(0, 7, 0, 1)]
    public void NumberIsStoredInLowestTermsWithAPositiveDenominator(long numerator, long denominator, long reducedNumerator, long reducedDenominator)
    {
        var value = Assert.IsType<Constant>(Expr.Number(numerator, denominator)).Value;

        Assert.Equal(new BigInteger(reducedNumerator), value.Numerator);
        Assert.Equal(new BigInteger(reducedDenominator), value.Denominator);
    }
}
