using System.Numerics;
using Fractions;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Expressions;

/// <summary>
/// The edges of <see cref="ExprBuilder"/>: where Power stops folding constants (0⁰, the largest folded
/// exponent) and the operands it refuses by name (Negate, Sum, Simplify).
/// </summary>
public class ExprBuilderEdgeTests
{
    [Fact]
    public void ZeroToThePowerZeroFoldsToOne()
    {
        // The doc comment: c^n is folded unless c = 0 with n < 0. 0⁰ = 1 by the usual convention of
        // exact arithmetic (the empty product), so it is folded; 0⁻¹ is undefined and stays a Power.
        Assert.Equal(Constant.One, ExprBuilder.Power(Constant.Zero, 0));
        Assert.Equal(new Power(Constant.Zero, -1), ExprBuilder.Power(Constant.Zero, -1));
    }

    [Fact]
    public void ExponentsUpToTheLimitFoldAndOneMoreDoesNot()
    {
        // MaxFoldedExponent is 1024 (inclusive): 2^1024 and 2^-1024 are folded to exact rationals computed
        // here independently with BigInteger; 2^1025 is left as a Power node.
        var two = new Constant(2);
        Assert.Equal(new Constant(new Fraction(BigInteger.Pow(2, 1024))), ExprBuilder.Power(two, 1024));
        Assert.Equal(new Constant(new Fraction(BigInteger.One, BigInteger.Pow(2, 1024))), ExprBuilder.Power(two, -1024));
        Assert.Equal(new Power(two, 1025), ExprBuilder.Power(two, 1025));
        Assert.Equal(new Power(two, -1025), ExprBuilder.Power(two, -1025));
    }

    [Fact]
    public void NegateRefusesANullOperandByName()
    {
        // Without the check, null would be wrapped into new Negate(null) and fail far away.
        Assert.Equal("operand", Assert.Throws<ArgumentNullException>(() => ExprBuilder.Negate(null!)).ParamName);
    }

    [Fact]
    public void SumRefusesANullSequenceByName() =>
        Assert.Equal("terms", Assert.Throws<ArgumentNullException>(() => ExprBuilder.Sum(null!)).ParamName);

    [Fact]
    public void SimplifyRefusesANullExpressionByName() =>
        Assert.Equal("expression", Assert.Throws<ArgumentNullException>(() => ExprBuilder.Simplify(null!)).ParamName);
}
